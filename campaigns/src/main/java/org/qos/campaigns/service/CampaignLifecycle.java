package org.qos.campaigns.service;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.hibernate.id.uuid.UuidVersion7Strategy;
import org.qos.campaigns.batch.BatchKind;
import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BatchRecord;
import org.qos.campaigns.batch.BatchRequest;
import org.qos.campaigns.batch.BatchTally;
import org.qos.campaigns.batch.BatchUpload;
import org.qos.campaigns.batch.CampaignPeriod;
import org.qos.campaigns.batch.RowOrigin;
import org.qos.campaigns.domain.CampaignEntity;
import org.qos.campaigns.domain.CampaignHeader;
import org.qos.campaigns.domain.CampaignKind;
import org.qos.campaigns.domain.CreatorRole;
import org.qos.campaigns.repository.CampaignQueries;
import org.qos.campaigns.repository.StatisticsStore;
import org.qos.common.kpi.KpiResult;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.common.problem.FieldError;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;
import org.qos.common.security.Caller;
import org.qos.common.security.OperatorIds;
import org.qos.common.validation.DateRanges;

/**
 * The lifecycle every campaign family shares, written once: create (an operator for itself, the regulator for
 * anyone), get and list (tenancy, paging), uploads (all or nothing, through {@link org.qos.campaigns.batch.BatchIngestion}),
 * the batch log, close (its results computed and frozen; later uploads 409), results (frozen, or computed now) and
 * compliance listings. In a campaign the regulator created, measurements and closing are the regulator's (403 to an
 * operator); rows dated outside the campaign's period are invalid rows. A family's service extends it and supplies its hooks: {@link #statistics}
 * (its statistics gathered from its rows, kept per open campaign as batches arrive, and its KPI results evaluated
 * from them, so that a result or a compliance listing costs lookups, not a pass over the rows) and, per upload, the
 * kind of rows it takes.
 */
public abstract class CampaignLifecycle<E extends CampaignEntity> {

    private CampaignKind kind;
    private CampaignQueries<E> campaigns;
    protected CampaignContext context;

    /** For the container's proxies of a family's service only. */
    protected CampaignLifecycle() {
    }

    protected CampaignLifecycle(CampaignKind kind, CampaignQueries<E> campaigns, CampaignContext context) {
        this.kind = kind;
        this.campaigns = campaigns;
        this.context = context;
    }

    /**
     * The family's statistics: how they are gathered from a campaign's rows, and its KPI results evaluated from them.
     * The lifecycle keeps them per open campaign ({@link MaintainedStatistics}).
     */
    protected abstract CampaignStatistics<E, ?> statistics();

    private MaintainedStatistics<E, ?> maintained;

    private MaintainedStatistics<E, ?> maintained() {
        if (maintained == null) {
            maintained = maintain(statistics());
        }
        return maintained;
    }

    private <S> MaintainedStatistics<E, S> maintain(CampaignStatistics<E, S> family) {
        return new MaintainedStatistics<>(family, context.statistics(), kind.statisticsTable(), context.json());
    }

    /** The family's KPI results of an open campaign, computed now from the statistics of every batch stored. */
    protected List<KpiResult> compute(E campaign) {
        return maintained().results(List.of(campaign), context.now()).get(0);
    }

    /** Within the caller's transaction (close): from statistics brought up to date under their lock. */
    private List<KpiResult> computeLocked(E campaign) {
        return maintained().resultsLocked(campaign, context.now());
    }

    /**
     * Creates a campaign: the owner and period (at most {@value DateRanges#MAX_PERIOD_DAYS} days) checked with the
     * family's own {@code errors} (400 together), then the caller's right to the owner (403), then the family builds it
     * from its header (who created it, and as regulator or operator) and it is stored.
     */
    protected E create(Caller caller, String operatorId, LocalDate periodStart, LocalDate periodEnd,
            List<FieldError> errors, Function<CampaignHeader, E> build) {
        List<FieldError> all = new ArrayList<>();
        OperatorIds.check("operatorId", operatorId, all);
        DateRanges.checkPeriod("periodStart", periodStart, "periodEnd", periodEnd, all);
        all.addAll(errors);
        ProblemException.throwIfAny(all);
        caller.checkAccess(operatorId);
        E campaign = build.apply(new CampaignHeader(newId(), operatorId, periodStart, periodEnd,
                context.clock().instant().truncatedTo(ChronoUnit.MICROS), caller.name(), CreatorRole.of(caller)));
        campaigns.persist(campaign);
        if (statistics().decomposable()) {
            maintained().started(campaign);
        }
        return campaign;
    }

    /**
     * A new campaign's id: a time-ordered UUID (version 7, RFC 9562), so that a new campaign's rows go to the right end
     * of the row tables' primary keys, which start with the campaign id. With random ids, a new campaign's keys fall
     * between older campaigns' ones and every row's key insertion descends the index from its root: on the voice
     * table that cost a third more server time per row than appending (measured with {@code psql \copy}).
     */
    static UUID newId() {
        return UuidVersion7Strategy.INSTANCE.generateUuid(null);
    }

    /** The profile's zone, in which the family's answers give times. */
    public ZoneOffset zone() {
        return context.zone();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public E get(UUID id, Caller caller) {
        E campaign = campaigns.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(kind.noun() + " " + id));
        caller.checkAccess(campaign.getOperatorId());
        return campaign;
    }

    /** Campaigns whose period lies inside [from, to], newest first; an operator sees its own only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<E> list(String operatorId, LocalDate from, LocalDate to, PageRequest page, Caller caller) {
        DateRanges.requireOrdered(from, to);
        return campaigns.page(caller.listScope(operatorId), from, to, page);
    }

    /**
     * Stores a batch of rows of the kind {@code rows} chooses for the campaign. The body is received whole first,
     * with no connection, lock or transaction held ({@link org.qos.campaigns.upload.UploadReception}: caps, deadline,
     * size); then the campaign is checked and the rows stored. Nothing is stored unless every row is valid; the
     * transaction is the ingestion's own (COPY over one JDBC connection).
     */
    protected BatchReceipt ingest(UUID id, Caller caller, BatchUpload upload, Function<E, BatchKind<?>> rows) {
        return context.reception().receive(caller, upload, received -> {
            E campaign = get(id, caller);
            BatchKind<?> batch = rows.apply(campaign);
            if (batch.origin() == RowOrigin.MEASUREMENT) {
                checkRegulators(campaign, caller, "upload its measurements");
            }
            BatchReceipt receipt = ingest(campaign, caller, received, batch);
            if (receipt.batchId() != null) {
                // stored, or stored before under the same key: reflected in the statistics before it is acknowledged
                maintained().afterBatch(campaign);
            }
            return receipt;
        });
    }

    /**
     * The rows' timestamps are checked against the campaign's period as the rows are read (its period never changes,
     * so the one read above is the one the ingestion locks). A kind counted as it streams ({@link BatchKind#tally()})
     * adds its batch to the kept statistics in the batch's transaction; any other bumps the batch version only.
     */
    private <T> BatchReceipt ingest(E campaign, Caller caller, BatchUpload upload, BatchKind<T> batch) {
        CampaignPeriod period = new CampaignPeriod(campaign.getPeriodStart(), campaign.getPeriodEnd(), context.zone());
        BatchRequest request = BatchRequest.of(campaign.getId(), kind.campaignTable(), kind.batchTable(), caller, upload);
        if (batch.tally() == null || !statistics().decomposable()) {
            return context.ingestion().ingest(request, period.bound(batch.schema()),
                    batch.table().andAfterCopy(StatisticsStore.countBatch(kind.statisticsTable())));
        }
        BatchTally<? super T, ?> tally = batch.tally().get();
        return context.ingestion().ingest(request, period.bound(batch.schema()),
                batch.table().eachRow(tally::count).andAfterCopy(maintained().countedIn(campaign, tally)));
    }

    /**
     * 403 when an operator would {@code act} on a campaign the regulator created: its measurements and its closing
     * are the regulator's (the regulator's right to any campaign, and an operator's to its own, are checked before).
     */
    private void checkRegulators(E campaign, Caller caller, String act) {
        if (campaign.isRegulators() && !caller.regulator()) {
            throw new ProblemException(ProblemType.REGULATOR_CAMPAIGN, kind.noun() + " " + campaign.getId()
                    + " was created by the regulator: only the regulator may " + act);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BatchRecord> batches(UUID id, PageRequest page, Caller caller) {
        get(id, caller);
        return context.ingestion().listBatches(kind.batchTable(), id, page);
    }

    /** Freezes a campaign: its results are computed now and kept; later uploads are 409. */
    @Transactional
    public E close(UUID id, Caller caller) {
        E campaign = campaigns.findForUpdate(id).orElseThrow(() -> ProblemException.notFound(kind.noun() + " " + id));
        caller.checkAccess(campaign.getOperatorId());
        checkRegulators(campaign, caller, "close it");
        if (campaign.isClosed()) {
            throw new ProblemException(ProblemType.CAMPAIGN_CLOSED, kind.noun() + " " + id + " is already closed");
        }
        try {
            campaign.close(context.clock().instant().truncatedTo(ChronoUnit.MICROS), caller.name(),
                    context.json().writeValueAsString(computeLocked(campaign)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return campaign;
    }

    /** The KPI results of a campaign: as frozen when it was closed, or computed now from its kept statistics. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JsonNode> results(UUID id, Caller caller) {
        return results(get(id, caller));
    }

    /** The results of every campaign whose period lies inside [from, to]; an operator sees its own only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JsonNode> compliance(String operatorId, LocalDate from, LocalDate to, Caller caller) {
        DateRanges.requireOrdered(from, to);
        List<E> listed = campaigns.inPeriod(caller.listScope(operatorId), from, to);
        // the open campaigns' statistics are read together
        List<E> open = listed.stream().filter(campaign -> !campaign.isClosed()).toList();
        Iterator<List<KpiResult>> live = maintained().results(open, context.now()).iterator();
        List<JsonNode> results = new ArrayList<>();
        for (E campaign : listed) {
            if (campaign.isClosed()) {
                results.addAll(results(campaign));
            } else {
                live.next().forEach(result -> results.add(context.json().valueToTree(result)));
            }
        }
        return results;
    }

    protected List<JsonNode> results(E campaign) {
        try {
            if (campaign.isClosed()) {
                JsonNode frozen = context.json().readTree(campaign.getClosedResult());
                List<JsonNode> results = new ArrayList<>();
                if (frozen.isArray()) {
                    frozen.forEach(results::add);
                } else {
                    results.add(frozen); // closed before results were frozen as an array
                }
                return results;
            }
            return compute(campaign).stream().map(result -> (JsonNode) context.json().valueToTree(result)).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
