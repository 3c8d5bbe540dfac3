package org.qos.complaints.config;

import java.time.Period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.qos.common.profile.QualityProfile;
import org.qos.complaints.domain.ComplaintRules;
import org.qos.common.retention.RetentionPolicy;

import io.quarkus.runtime.Startup;

/** Reads the rules of clauses 3.8 and 3.9 out of the quality profile, and checks the retention at startup. */
@ApplicationScoped
public class ComplaintRulesProducer {

    private static final Logger LOG = Logger.getLogger(ComplaintRulesProducer.class);

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
        RetentionPolicy policy = RetentionPolicy.of(config.retention(), Period.ofMonths(Math.toIntExact(rules.retentionMonths())),
                profile.zone());
        LOG.infof("Complaint data is kept %s (calendar terms, in the profile's zone)", policy.retention());
        return policy;
    }
}
