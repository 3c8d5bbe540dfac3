package org.qos.campaigns.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.qos.campaigns.batch.BatchIngestion;
import org.qos.campaigns.repository.StatisticsStore;
import org.qos.campaigns.upload.UploadReception;
import org.qos.common.profile.QualityProfile;

/**
 * What every campaign lifecycle uses: the reception of uploads, the ingestion, the statistics kept, the clock, the
 * profile's zone, JSON.
 */
@Singleton
public class CampaignContext {

    private final BatchIngestion ingestion;
    private final UploadReception reception;
    private final Clock clock;
    private final ZoneOffset zone;
    private final ObjectMapper json;
    private final StatisticsStore statistics;

    public CampaignContext(BatchIngestion ingestion, UploadReception reception, Clock clock, QualityProfile profile,
            ObjectMapper json, StatisticsStore statistics) {
        this.statistics = statistics;
        this.ingestion = ingestion;
        this.reception = reception;
        this.clock = clock;
        this.zone = profile.zone();
        this.json = json;
    }

    public BatchIngestion ingestion() {
        return ingestion;
    }

    public UploadReception reception() {
        return reception;
    }

    public Clock clock() {
        return clock;
    }

    public ZoneOffset zone() {
        return zone;
    }

    /** The statistics kept per open campaign. */
    public StatisticsStore statistics() {
        return statistics;
    }

    public ObjectMapper json() {
        return json;
    }

    /** Now, to the second, in the profile's zone: when a result is computed. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(zone).truncatedTo(ChronoUnit.SECONDS);
    }
}
