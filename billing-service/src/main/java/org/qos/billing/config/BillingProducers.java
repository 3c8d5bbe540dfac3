package org.qos.billing.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.qos.billing.domain.BillingRules;
import org.qos.billing.domain.RetentionPolicy;
import org.qos.common.profile.QualityProfile;

import io.quarkus.runtime.StartupEvent;

/** Reads the rules of clauses 3.6 and 3.7 out of the quality profile, and checks the retention at startup. */
@ApplicationScoped
public class BillingProducers {

    private static final Logger LOG = Logger.getLogger(BillingProducers.class);

    @Produces
    @Singleton
    BillingRules rules(QualityProfile profile) {
        return BillingRules.from(profile);
    }

    /** Fails (and so stops the start) when the configured retention is below the profile's minimum. */
    @Produces
    @Singleton
    RetentionPolicy retention(BillingConfig config, BillingRules rules) {
        return RetentionPolicy.of(config.retention(), rules.retentionDays());
    }

    void checkAtStartup(@Observes StartupEvent event, RetentionPolicy retention) {
        LOG.infof("Charging data is kept %d days", retention.retention().toDays());
    }
}
