package org.qos.complaints.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.qos.common.profile.QualityProfile;
import org.qos.complaints.domain.ComplaintRules;
import org.qos.common.retention.RetentionPolicy;

import io.quarkus.runtime.Startup;

/** Reads the rules of clauses 3.8 and 3.9 out of the quality profile, and checks the retention at startup. */
@ApplicationScoped
public class ComplaintRulesProducer {

    @Produces
    @Singleton
    ComplaintRules rules(QualityProfile profile) {
        return ComplaintRules.from(profile);
    }

    /** Made at startup: a retention below the profile's minimum fails it, so the service does not start. */
    @Produces
    @Singleton
    @Startup
    RetentionPolicy retention(ComplaintsConfig config, ComplaintRules rules, QualityProfile profile) {
        return RetentionPolicy.atStartup("Complaint data", config.retention(), rules.minimumRetention(), profile.zone());
    }
}
