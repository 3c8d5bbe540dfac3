package org.qos.campaigns.config;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.qos.campaigns.batch.BatchIngestion;
import org.qos.common.profile.QualityProfile;

import io.agroal.api.AgroalDataSource;

/** The batch ingestion of the campaign conventions, over the service's data source. */
@ApplicationScoped
public class CampaignProducers {

    @Produces
    @Singleton
    BatchIngestion batchIngestion(AgroalDataSource dataSource, Clock clock, QualityProfile profile) {
        return new BatchIngestion(dataSource, clock, profile.zone());
    }
}
