package org.qos.billing.service;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.qos.billing.domain.BillingKpi;
import org.qos.billing.domain.BillingRules;
import org.qos.billing.domain.InvoiceAudit;
import org.qos.billing.domain.PhoneNumbers;
import org.qos.billing.repository.ChargingPartitions;
import org.qos.billing.repository.ChargingRecordTable;
import org.qos.billing.repository.InvoiceAuditRepository;
import org.qos.billing.repository.InvoiceLineTable;
import org.qos.billing.repository.InvoiceStatisticsRepository;
import org.qos.billing.rest.AuditRequest;
import org.qos.billing.rest.AuditView;
import org.qos.billing.rest.StatementLine;
import org.qos.campaigns.batch.BatchIngestion;
import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BatchRecord;
import org.qos.campaigns.batch.BatchRequest;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.common.kpi.KpiResult;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.common.problem.FieldError;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;
import org.qos.common.profile.QualityProfile;
import org.qos.common.security.Caller;

/** Invoice audits and itemized statements (clause 3.7), with tenancy. */
@ApplicationScoped
public class InvoiceAuditService {

    static final String AUDIT_TABLE = "billing.invoice_audit";
    static final String DEFAULT_CURRENCY = "VND";

    private final InvoiceAuditRepository audits;
    private final InvoiceStatisticsRepository statistics;
    private final ChargingPartitions partitions;
    private final BatchIngestion ingestion;
    private final BillingRules rules;
    private final ZoneOffset zone;
    private final Clock clock;
    private final ObjectMapper json;

    public InvoiceAuditService(InvoiceAuditRepository audits, InvoiceStatisticsRepository statistics,
            ChargingPartitions partitions, BatchIngestion ingestion, BillingRules rules, QualityProfile profile,
            Clock clock, ObjectMapper json) {
        this.audits = audits;
        this.statistics = statistics;
        this.partitions = partitions;
        this.ingestion = ingestion;
        this.rules = rules;
        this.zone = profile.zone();
        this.clock = clock;
        this.json = json;
    }

    @Transactional
    public AuditView create(AuditRequest request, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        Periods.check(request.operatorId(), request.periodStart(), request.periodEnd(), errors);
        String currency = request.currency() == null ? DEFAULT_CURRENCY : request.currency();
        if (!currency.matches("[A-Z]{3}") || !isCurrency(currency)) {
            errors.add(FieldError.of("currency", "must be an ISO 4217 currency code, e.g. VND"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        caller.checkAccess(request.operatorId());
        partitions.ensure(Periods.firstMonth(request.periodStart()), Periods.lastMonth(request.periodEnd()));
        InvoiceAudit audit = new InvoiceAudit(UUID.randomUUID(), request.operatorId(), request.periodStart(),
                request.periodEnd(), currency, clock.instant().truncatedTo(ChronoUnit.MICROS), caller.name());
        audits.persist(audit);
        return AuditView.of(audit, zone);
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditView get(UUID id, Caller caller) {
        return AuditView.of(accessible(id, caller), zone);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditView> list(String operatorId, LocalDate from, LocalDate to, PageRequest page, Caller caller) {
        Page<InvoiceAudit> found = audits.page(caller.listScope(operatorId), from, to, page);
        return new Page<>(found.items().stream().map(a -> AuditView.of(a, zone)).toList(), found.total());
    }

    /** Stores a batch of the operator's charging records of the audited calls. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BatchReceipt uploadRecords(UUID id, Caller caller, BodyFormat format, InputStream body, boolean dryRun,
            String idempotencyKey) {
        InvoiceAudit audit = accessible(id, caller);
        return ingestion.ingest(new BatchRequest(id, AUDIT_TABLE, BillingCampaignService.BATCH_TABLE, caller, format,
                body, dryRun, idempotencyKey), new ChargingRecordTable(new AuditRowSchema(audit.getCurrency())));
    }

    /** Stores a batch of invoice lines. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BatchReceipt uploadLines(UUID id, Caller caller, BodyFormat format, InputStream body, boolean dryRun,
            String idempotencyKey) {
        InvoiceAudit audit = accessible(id, caller);
        return ingestion.ingest(new BatchRequest(id, AUDIT_TABLE, BillingCampaignService.BATCH_TABLE, caller, format,
                body, dryRun, idempotencyKey), new InvoiceLineTable(new AuditRowSchema(audit.getCurrency())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BatchRecord> batches(UUID id, PageRequest page, Caller caller) {
        accessible(id, caller);
        return ingestion.listBatches(BillingCampaignService.BATCH_TABLE, id, page);
    }

    @Transactional
    public AuditView close(UUID id, Caller caller) {
        InvoiceAudit audit = audits.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Invoice audit " + id));
        caller.checkAccess(audit.getOperatorId());
        if (audit.isClosed()) {
            throw new ProblemException(ProblemType.CAMPAIGN_CLOSED, "Invoice audit " + id + " is already closed");
        }
        try {
            audit.close(clock.instant().truncatedTo(ChronoUnit.MICROS), caller.name(),
                    json.writeValueAsString(compute(audit)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return AuditView.of(audit, zone);
    }

    /** billing.invoice-errors: computed now, or as frozen when the audit was closed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public JsonNode result(UUID id, Caller caller) {
        return result(accessible(id, caller));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JsonNode> compliance(String operatorId, LocalDate from, LocalDate to) {
        return audits.inPeriod(operatorId, from, to).stream().map(this::result).toList();
    }

    /**
     * The itemized calls of a subscriber that started in [from, to] (dates in the profile's zone), from the charging
     * records of the invoice audits the caller may read (an operator: its own audits only).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StatementLine> statement(String subscriber, LocalDate from, LocalDate to, String operatorId,
            PageRequest page, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        String digits = subscriber == null ? "" : PhoneNumbers.digits(subscriber);
        if (digits.isEmpty()) {
            errors.add(FieldError.of("subscriber", "must contain digits (numbers compare as their digits only)"));
        }
        if (from == null) {
            errors.add(FieldError.of("from", "is required"));
        }
        if (to == null) {
            errors.add(FieldError.of("to", "is required"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(FieldError.of("to", "must not be before from"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String scope = caller.listScope(operatorId);
        var found = statistics.statement(digits, from.atStartOfDay().atOffset(zone),
                to.plusDays(1).atStartOfDay().atOffset(zone), scope, page);
        return new Page<>(found.items().stream().map(call -> new StatementLine(call.recordId(), call.callee(),
                call.startedAt().atOffset(zone).toLocalDate(), call.startedAt().atOffset(zone),
                call.endedAt() == null ? null : call.endedAt().atOffset(zone), call.charge(), call.currency()))
                .toList(), found.total());
    }

    private JsonNode result(InvoiceAudit audit) {
        try {
            if (audit.isClosed()) {
                return json.readTree(audit.getClosedResult());
            }
            return json.valueToTree(compute(audit));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private KpiResult compute(InvoiceAudit audit) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(zone).truncatedTo(ChronoUnit.SECONDS);
        return BillingKpi.audit(audit.subject(), audit.getCurrency(), statistics.counts(audit.getId()), rules, now);
    }

    private InvoiceAudit accessible(UUID id, Caller caller) {
        InvoiceAudit audit = audits.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Invoice audit " + id));
        caller.checkAccess(audit.getOperatorId());
        return audit;
    }
}
