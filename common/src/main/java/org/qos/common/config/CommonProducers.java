package org.qos.common.config;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.qos.common.batch.BatchIngestion;
import org.qos.common.profile.QualityProfile;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.DefaultBean;

/** Beans every service uses: the clock (replaceable in tests) and the batch ingestion of the campaign conventions. */
@ApplicationScoped
public class CommonProducers {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    BatchIngestion batchIngestion(AgroalDataSource dataSource, Clock clock, QualityProfile profile) {
        return new BatchIngestion(dataSource, clock, profile.zone());
    }
}
