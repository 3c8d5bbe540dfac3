package org.qos.voice.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.qos.common.profile.QualityProfile;
import org.qos.voice.domain.VoiceRules;

/** Reads clause 3.4's rules out of the configured quality profile, once. */
@ApplicationScoped
public class VoiceRulesProducer {

    @Produces
    @Singleton
    VoiceRules rules(QualityProfile profile) {
        return VoiceRules.from(profile);
    }
}
