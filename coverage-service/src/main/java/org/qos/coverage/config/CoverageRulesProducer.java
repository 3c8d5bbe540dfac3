package org.qos.coverage.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.qos.common.profile.QualityProfile;
import org.qos.coverage.domain.CoverageRules;

/** Reads clause 3.5's rules out of the configured quality profile, once. */
@ApplicationScoped
public class CoverageRulesProducer {

    @Produces
    @Singleton
    CoverageRules rules(QualityProfile profile) {
        return CoverageRules.from(profile);
    }
}
