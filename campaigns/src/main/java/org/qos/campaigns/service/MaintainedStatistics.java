package org.qos.campaigns.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;
import org.qos.campaigns.batch.BatchTally;
import org.qos.campaigns.batch.CopyTable;
import org.qos.campaigns.domain.CampaignEntity;
import org.qos.campaigns.repository.StatisticsStore;
import org.qos.campaigns.repository.StatisticsStore.Kept;
import org.qos.common.kpi.KpiResult;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The statistics of a family's open campaigns, kept up to date as batches arrive, so that a result is a lookup and
 * the family's cheap {@link CampaignStatistics#evaluate}. Each stored batch bumps its campaign's batch version in its
 * own transaction ({@link StatisticsStore#countBatch}); when the statistics add up, the batch's rows, counted as they
 * were copied, are added to them in the same transaction ({@link #countedIn}). After it commits and before it is
 * acknowledged, {@link #afterBatch} brings statistics that are still behind to that version under the row's lock,
 * gathered whole. A read compares the versions:
 * statistics of every stored batch are used as they are; behind (a batch committed whose refresh has not finished,
 * or never will after a crash), the read refreshes them itself, unless another transaction holds the row (a refresh
 * or a batch in progress, neither acknowledged yet), when the statistics kept, which reflect every acknowledged
 * batch, are used. Statistics gathered under another basis, or none, are always refreshed first.
 */
final class MaintainedStatistics<E extends CampaignEntity, S> {

    private static final Logger LOG = Logger.getLogger(MaintainedStatistics.class);

    private final CampaignStatistics<E, S> family;
    private final StatisticsStore store;
    private final String table;
    private final ObjectMapper json;

    MaintainedStatistics(CampaignStatistics<E, S> family, StatisticsStore store, String table, ObjectMapper json) {
        this.family = family;
        this.store = store;
        this.table = table;
        // Statistics stored by an earlier release whose record had other fields are not theirs: with every field
        // written (nulls too) and every field required back, such JSON does not read (null below), and the
        // statistics are gathered again instead of read with a field missing (a count of 0) or a request failing.
        this.json = json.copy()
                .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
    }

    /**
     * In the transaction that creates a campaign whose statistics add up: they are kept from the start (those of no
     * rows), so that each batch adds its own in its transaction ({@link #countedIn}).
     */
    void started(E campaign) {
        store.start(table, campaign.getId(), family.basis(campaign), write(family.gather(campaign)));
    }

    /**
     * The after-copy step of a batch counted by {@code tally} as it streamed: in the batch's transaction, under the
     * row's lock, its statistics are added to those kept when these are of every stored batch and of the same basis,
     * and both versions move together; otherwise (or when the tally or the family's {@code add} gives none) only the
     * batch version moves, and {@link #afterBatch} gathers them.
     */
    CopyTable.AfterCopy countedIn(E campaign, BatchTally<?, ?> tally) {
        String basis = family.basis(campaign);
        return StatisticsStore.countBatch(table, kept -> {
            S statistics = kept.currentUnder(basis) ? read(kept.statistics()) : null;
            S batch = statistics == null ? null : family.type().cast(tally.counted());
            S sum = batch == null ? null : family.add(statistics, batch);
            return sum == null ? null : write(sum);
        });
    }

    /**
     * After a batch was stored (or a resent one answered): the statistics reflect it before it is acknowledged. When
     * the batch was counted into them in its own transaction, they are already current; otherwise they are gathered
     * whole under the row's lock.
     */
    void afterBatch(E campaign) {
        QuarkusTransaction.requiringNew().run(() -> {
            Kept kept = store.lock(table, campaign.getId(), true).orElseThrow();
            String basis = family.basis(campaign);
            if (!kept.currentUnder(basis) || read(kept.statistics()) == null) {
                gatherWhole(campaign, kept, basis);
            }
        });
    }

    /** The results of open campaigns from their statistics (read together), one list per campaign, in order. */
    List<List<KpiResult>> results(List<E> campaigns, OffsetDateTime now) {
        Map<UUID, Kept> kept = store.find(table, campaigns.stream().map(CampaignEntity::getId).toList());
        List<List<KpiResult>> results = new ArrayList<>();
        for (E campaign : campaigns) {
            results.add(family.evaluate(campaign, statistics(campaign, kept.get(campaign.getId())), now));
        }
        return results;
    }

    /**
     * Within the caller's transaction (close): the results from the statistics of every stored batch, brought up to
     * date under the row's lock.
     */
    List<KpiResult> resultsLocked(E campaign, OffsetDateTime now) {
        Kept kept = store.lock(table, campaign.getId(), true).orElseThrow();
        String basis = family.basis(campaign);
        return family.evaluate(campaign, currentOrGathered(campaign, kept, basis), now);
    }

    private S statistics(E campaign, Kept kept) {
        String basis = family.basis(campaign);
        S current = kept != null && kept.currentUnder(basis) ? read(kept.statistics()) : null;
        if (current != null) {
            return current;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<Kept> locked = store.lock(table, campaign.getId(), false);
            if (locked.isEmpty()) {
                S usable = kept != null && kept.usableUnder(basis) ? read(kept.statistics()) : null;
                if (usable != null) {
                    return usable; // being refreshed: what every acknowledged batch gave
                }
                locked = store.lock(table, campaign.getId(), true);
            }
            return currentOrGathered(campaign, locked.orElseThrow(), basis);
        });
    }

    /** Under the lock: the kept statistics when current and readable, else gathered (and kept) now. */
    private S currentOrGathered(E campaign, Kept kept, String basis) {
        S current = kept.currentUnder(basis) ? read(kept.statistics()) : null;
        return current != null ? current : gatherWhole(campaign, kept, basis);
    }

    /** Under the lock: every batch of {@code kept.batchVersion()} is committed and seen by the family's query. */
    private S gatherWhole(E campaign, Kept kept, String basis) {
        S gathered = family.gather(campaign);
        store.store(table, campaign.getId(), kept.batchVersion(), basis, write(gathered));
        return gathered;
    }

    /** The kept statistics, or null when they are not of this release's shape (see the constructor). */
    private S read(String statistics) {
        try {
            return json.readValue(statistics, family.type());
        } catch (JsonProcessingException e) {
            LOG.infof("kept statistics of another shape are gathered again: %s", e.getOriginalMessage());
            return null;
        }
    }

    private String write(S statistics) {
        try {
            return json.writeValueAsString(statistics);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
