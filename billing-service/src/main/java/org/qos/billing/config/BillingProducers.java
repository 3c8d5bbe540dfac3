package org.qos.billing.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.qos.billing.domain.BillingRules;
import org.qos.common.retention.RetentionPolicy;
import org.qos.common.profile.QualityProfile;

import io.quarkus.runtime.Startup;

/** Reads the rules of clauses 3.6 and 3.7 out of the quality profile, and checks the retention at startup. */
@ApplicationScoped
public class BillingProducers {

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
        return RetentionPolicy.atStartup("Charging data", config.retention(), rules.minimumRetention(), profile.zone());
    }
}
