package org.qos.complaints.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.qos.common.profile.QualityProfile;
import org.qos.complaints.domain.ComplaintRules;
import org.qos.complaints.domain.RetentionPolicy;

import io.quarkus.runtime.StartupEvent;

/** Reads the rules of clauses 3.8 and 3.9 out of the quality profile, and checks the retention at startup. */
@ApplicationScoped
public class ComplaintRulesProducer {

    private static final Logger LOG = Logger.getLogger(ComplaintRulesProducer.class);

    @Produces
    @Singleton
    ComplaintRules rules(QualityProfile profile) {
        return ComplaintRules.from(profile);
    }

    /** Fails (and so stops the start) when the configured retention is below the profile's minimum. */
    @Produces
    @Singleton
    RetentionPolicy retention(ComplaintsConfig config, ComplaintRules rules) {
        return RetentionPolicy.of(config.retention(), rules.retentionDays());
    }

    void checkAtStartup(@Observes StartupEvent event, RetentionPolicy retention) {
        LOG.infof("Complaint data is kept %d days", retention.retention().toDays());
    }
}
