package org.qos.complaints.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.qos.campaigns.batch.BatchReceipt;
import org.qos.campaigns.batch.BatchUpload;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.common.problem.FieldError;
import org.qos.common.problem.ProblemException;
import org.qos.common.profile.QualityProfile;
import org.qos.common.security.Caller;
import org.qos.common.security.OperatorIds;
import org.qos.common.validation.DateRanges;
import org.qos.complaints.config.ComplaintsConfig;
import org.qos.complaints.domain.RecorderRole;
import org.qos.complaints.domain.SubscriberCount;
import org.qos.complaints.domain.SupportOutage;
import org.qos.complaints.repository.SubscriberCountRepository;
import org.qos.complaints.repository.SupportCallLog;
import org.qos.complaints.repository.SupportOutageRepository;
import org.qos.complaints.rest.OutageRequest;
import org.qos.complaints.rest.OutageView;
import org.qos.complaints.rest.SubscriberCountRequest;
import org.qos.complaints.rest.SubscriberCountView;

/** Subscriber counts, support-line outages and support-call logs, with tenancy enforced. */
@ApplicationScoped
public class SupportLineService {

    private final SubscriberCountRepository subscriberCounts;
    private final SupportOutageRepository outages;
    private final SupportCallLog callLog;
    private final ZoneOffset zone;
    private final Clock clock;
    private final Duration clockSkew;
    private final long maxSubscriberCount;
    private final PeriodService periods;

    public SupportLineService(SubscriberCountRepository subscriberCounts, SupportOutageRepository outages,
            SupportCallLog callLog, QualityProfile profile, Clock clock, ComplaintsConfig config,
            PeriodService periods) {
        this.periods = periods;
        this.subscriberCounts = subscriberCounts;
        this.outages = outages;
        this.callLog = callLog;
        this.zone = profile.zone();
        this.clock = clock;
        this.clockSkew = config.clockSkew();
        this.maxSubscriberCount = config.maxSubscriberCount();
    }

    @Transactional
    public SubscriberCountView recordSubscriberCount(SubscriberCountRequest request, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        Inputs.operatorId(errors, request.operatorId());
        Inputs.required(errors, "asOf", request.asOf());
        if (request.count() == null) {
            errors.add(FieldError.of("count", "is required"));
        } else if (request.count() < 1 || request.count() > maxSubscriberCount) {
            errors.add(FieldError.of("count", "must be between 1 and " + maxSubscriberCount));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        caller.checkAccess(request.operatorId());
        SubscriberCount count = new SubscriberCount(UUID.randomUUID(), request.operatorId(), request.asOf(),
                request.count(), now(), caller.name(), caller.regulator() ? RecorderRole.REGULATOR : RecorderRole.OPERATOR);
        subscriberCounts.persist(count);
        return SubscriberCountView.of(count, zone);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SubscriberCountView> subscriberCounts(String operatorId, PageRequest page, Caller caller) {
        Page<SubscriberCount> found = subscriberCounts.page(caller.listScope(operatorId), page);
        return new Page<>(found.items().stream().map(c -> SubscriberCountView.of(c, zone)).toList(), found.total());
    }

    @Transactional
    public OutageView recordOutage(OutageRequest request, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        Inputs.operatorId(errors, request.operatorId());
        Inputs.required(errors, "startedAt", request.startedAt());
        Inputs.required(errors, "endedAt", request.endedAt());
        Inputs.text(errors, "cause", request.cause(), false, 500);
        if (request.startedAt() != null && request.endedAt() != null
                && !Inputs.instant(request.endedAt()).isAfter(Inputs.instant(request.startedAt()))) {
            errors.add(FieldError.of("endedAt", "must be after startedAt"));
        }
        // an outage recorded is one that has ended: not in the future (beyond the clock skew), nor before 1970
        checkOutageTime(errors, "startedAt", request.startedAt());
        checkOutageTime(errors, "endedAt", request.endedAt());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        caller.checkAccess(request.operatorId());
        periods.refuseOutage(request.operatorId(), Inputs.instant(request.startedAt()), Inputs.instant(request.endedAt()));
        SupportOutage outage = new SupportOutage(UUID.randomUUID(), request.operatorId(),
                Inputs.instant(request.startedAt()), Inputs.instant(request.endedAt()), request.cause(), now(),
                caller.name());
        outages.persist(outage);
        return OutageView.of(outage, zone);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OutageView> outages(String operatorId, PageRequest page, Caller caller) {
        Page<SupportOutage> found = outages.page(caller.listScope(operatorId), page);
        return new Page<>(found.items().stream().map(o -> OutageView.of(o, zone)).toList(), found.total());
    }

    /**
     * Stores a batch of support calls of one operator: an operator's own (naming another is 403); the regulator
     * must name the operator. All or nothing; the transaction is the call log's own (one JDBC connection). A call
     * inside a closed reporting period of the operator makes the batch 409, naming its rows.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BatchReceipt uploadCalls(String operatorId, Caller caller, BatchUpload upload) {
        String owner = caller.listScope(operatorId);
        if (owner == null) {
            throw ProblemException.invalidField("operatorId", "is required: the operator whose support calls these are");
        }
        if (!OperatorIds.isValid(owner)) {
            throw ProblemException.invalidField("operatorId", OperatorIds.FORM);
        }
        SupportCallSchema schema = new SupportCallSchema(Inputs.latestAllowed(clock.instant(), clockSkew),
                Inputs.futureMessage(clockSkew));
        return callLog.ingest(owner, caller, upload, schema, schema::earliest, schema::latest);
    }

    private void checkOutageTime(List<FieldError> errors, String field, OffsetDateTime value) {
        if (value == null) {
            return;
        }
        Instant at = Inputs.instant(value);
        if (at.isAfter(Inputs.latestAllowed(clock.instant(), clockSkew))) {
            errors.add(FieldError.of(field, Inputs.futureMessage(clockSkew)));
        } else if (at.isBefore(DateRanges.EARLIEST.atStartOfDay(zone).toInstant())) {
            errors.add(FieldError.of(field, "must not be before " + DateRanges.EARLIEST));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
