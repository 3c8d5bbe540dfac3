package org.qos.campaigns.config;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qos.campaigns.batch.BatchIngestion;
import org.qos.campaigns.repository.StatisticsStore;
import org.qos.campaigns.upload.UploadLimits;
import org.qos.campaigns.upload.UploadReception;
import org.qos.common.profile.QualityProfile;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.configuration.MemorySize;

/** The batch ingestion of the campaign conventions, over the service's data source, and the reception of uploads. */
@ApplicationScoped
public class CampaignProducers {

    @Produces
    @Singleton
    BatchIngestion batchIngestion(AgroalDataSource dataSource, Clock clock, QualityProfile profile) {
        return new BatchIngestion(dataSource, clock, profile.zone());
    }

    @Produces
    @Singleton
    StatisticsStore statisticsStore(AgroalDataSource dataSource) {
        return new StatisticsStore(dataSource);
    }

    /** Bodies are bounded by the HTTP layer's limit (512M by default in every service). */
    @Produces
    @Singleton
    UploadReception uploadReception(UploadLimits limits,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        return new UploadReception(limits, maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE));
    }
}
