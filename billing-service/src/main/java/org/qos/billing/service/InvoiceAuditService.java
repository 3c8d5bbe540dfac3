package org.qos.billing.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.qos.billing.domain.BillingRules;
import org.qos.billing.domain.ChargingRecordRow;
import org.qos.billing.domain.InvoiceAudit;
import org.qos.billing.domain.InvoiceCounts;
import org.qos.billing.domain.InvoiceErrorsKpi;
import org.qos.billing.domain.PhoneNumbers;
import org.qos.billing.repository.BillingTables;
import org.qos.billing.repository.ChargingPartitions;
import org.qos.billing.repository.InvoiceAuditRepository;
import org.qos.billing.repository.InvoiceStatisticsRepository;
import org.qos.billing.repository.InvoiceStatisticsRepository.StatementCall;
import org.qos.billing.repository.RecordBatchWatch;
import org.qos.campaigns.batch.BatchKind;
import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BatchUpload;
import org.qos.campaigns.batch.CopyTable;
import org.qos.campaigns.domain.CampaignKind;
import org.qos.campaigns.service.CampaignContext;
import org.qos.campaigns.service.CampaignLifecycle;
import org.qos.campaigns.service.CampaignStatistics;
import org.qos.common.kpi.KpiResult;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.common.problem.FieldError;
import org.qos.common.problem.ProblemException;
import org.qos.common.security.Caller;
import org.qos.common.validation.DateRanges;

/**
 * Invoice audits (clause 3.7) on the shared lifecycle: the currency an audit states, its charging records and
 * invoice lines, its result; and the itemized statements drawn from the audits' charging records.
 */
@ApplicationScoped
public class InvoiceAuditService extends CampaignLifecycle<InvoiceAudit> {

    static final CampaignKind KIND = new CampaignKind("Invoice audit", "billing.invoice_audit", "billing.batch");
    static final String DEFAULT_CURRENCY = "VND";

    /** A new audit as asked for; a null currency is VND. */
    public record NewAudit(String operatorId, LocalDate periodStart, LocalDate periodEnd, String currency) {
    }

    private final InvoiceStatisticsRepository statistics;
    private final ChargingPartitions partitions;
    private final BillingRules rules;

    public InvoiceAuditService(InvoiceAuditRepository audits, InvoiceStatisticsRepository statistics,
            ChargingPartitions partitions, BillingRules rules, CampaignContext context) {
        super(KIND, audits, context);
        this.statistics = statistics;
        this.partitions = partitions;
        this.rules = rules;
    }

    @Transactional
    public InvoiceAudit create(NewAudit request, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        String currency = request.currency() == null ? DEFAULT_CURRENCY : request.currency();
        if (!currency.matches("[A-Z]{3}") || !isCurrency(currency)) {
            errors.add(FieldError.of("currency", "must be an ISO 4217 currency code, e.g. VND"));
        }
        return create(caller, request.operatorId(), request.periodStart(), request.periodEnd(), errors, header -> {
            partitions.ensurePeriod(request.periodStart(), request.periodEnd());
            return new InvoiceAudit(header, currency);
        });
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Stores a batch of the operator's charging records of the audited calls. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BatchReceipt uploadRecords(UUID id, Caller caller, BatchUpload upload) {
        return upload(id, caller, upload, BillingTables.chargingRecords(new RecordBatchWatch()));
    }

    /** Stores a batch of invoice lines. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BatchReceipt uploadLines(UUID id, Caller caller, BatchUpload upload) {
        return upload(id, caller, upload, BillingTables.INVOICE_LINES);
    }

    /**
     * Records and lines alike are read in the audit's currency. Both are the operator's own records: it adds them to
     * an audit the regulator created too (which only the regulator closes).
     */
    private BatchReceipt upload(UUID id, Caller caller, BatchUpload upload, CopyTable<ChargingRecordRow> table) {
        return ingest(id, caller, upload,
                audit -> BatchKind.operatorRecords(new AuditRowSchema(audit.getCurrency()), table));
    }

    /**
     * billing.invoice-errors: the audit's records against its lines, paired by record id (a line of a later batch pairs
     * with a record of an earlier one, so the counts are gathered again whole after each batch, as part of the upload).
     */
    @Override
    protected CampaignStatistics<InvoiceAudit, InvoiceCounts> statistics() {
        return new CampaignStatistics<>() {
            @Override
            public Class<InvoiceCounts> type() {
                return InvoiceCounts.class;
            }

            @Override
            public InvoiceCounts gather(InvoiceAudit audit) {
                return statistics.counts(audit.getId());
            }

            @Override
            public List<KpiResult> evaluate(InvoiceAudit audit, InvoiceCounts counts, OffsetDateTime now) {
                return List.of(InvoiceErrorsKpi.compute(audit.subject(), audit.getCurrency(), counts, rules, now));
            }
        };
    }

    /**
     * The itemized calls of a subscriber that started in [from, to] (dates in the profile's zone), from the charging
     * records of the invoice audits the caller may read (an operator: its own audits only).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StatementCall> statement(String subscriber, LocalDate from, LocalDate to, String operatorId,
            PageRequest page, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        String digits = subscriber == null ? "" : PhoneNumbers.digits(subscriber);
        if (digits.isEmpty()) {
            errors.add(FieldError.of("subscriber", "must contain digits (numbers compare as their digits only)"));
        }
        DateRanges.checkRequired("from", from, "to", to, errors);
        ProblemException.throwIfAny(errors);
        return statistics.statement(digits, from.atStartOfDay().atOffset(context.zone()),
                to.plusDays(1).atStartOfDay().atOffset(context.zone()), caller.listScope(operatorId), page);
    }
}
