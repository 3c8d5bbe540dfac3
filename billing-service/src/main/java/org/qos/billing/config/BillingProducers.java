package org.qos.billing.config;

import java.time.Period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.qos.billing.domain.BillingRules;
import org.qos.common.retention.RetentionPolicy;
import org.qos.common.profile.QualityProfile;

import io.quarkus.runtime.Startup;

/** Reads the rules of clauses 3.6 and 3.7 out of the quality profile, and checks the retention at startup. */
@ApplicationScoped
public class BillingProducers {

    private static final Logger LOG = Logger.getLogger(BillingProducers.class);

    @Produces
    @Singleton
    BillingRules rules(QualityProfile profile) {
        return BillingRules.from(profile);
    }

    /** Made at startup: a retention below the profile's minimum fails it, so the service does not start. */
    @Produces
    @Singleton
    @Startup
    RetentionPolicy retention(BillingConfig config, BillingRules rules, QualityProfile profile) {
        Period minimum = Period.ofDays(Math.toIntExact(rules.retentionDays()));
        RetentionPolicy policy = RetentionPolicy.of(config.retention(), minimum, profile.zone());
        LOG.infof("Charging data is kept %s (calendar terms, in the profile's zone)", policy.retention());
        return policy;
    }
}
