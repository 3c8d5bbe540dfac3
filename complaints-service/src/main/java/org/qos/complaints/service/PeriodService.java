package org.qos.complaints.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.qos.common.kpi.KpiResult;
import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.common.problem.FieldError;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;
import org.qos.common.profile.QualityProfile;
import org.qos.common.security.Caller;
import org.qos.common.validation.DateRanges;
import org.qos.complaints.domain.ClosedPeriod;
import org.qos.complaints.domain.ComplaintRules;
import org.qos.complaints.domain.ReportingPeriod;
import org.qos.complaints.repository.ClosedPeriodRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reporting periods of complaints and support (issue 15): the regulator closes an operator's period once its last
 * due time (the end + the profile's response time, 48 h) has passed; its results are computed and frozen in the same
 * transaction, and from then on rows inside it are refused ({@link #refuseIfClosed}) and may be purged once past their
 * retention ({@link RetentionService}).
 */
@ApplicationScoped
public class PeriodService {

    /** A closed period as the service answers it. */
    public record Closed(UUID id, String operatorId, LocalDate from, LocalDate to, Instant closedAt, String closedBy,
            List<JsonNode> results) {
    }

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ClosedPeriodRepository periods;
    private final ComplianceService compliance;
    private final ComplaintRules rules;
    private final ZoneOffset zone;
    private final Clock clock;
    private final ObjectMapper json;

    public PeriodService(ClosedPeriodRepository periods, ComplianceService compliance, ComplaintRules rules,
            QualityProfile profile, Clock clock, ObjectMapper json) {
        this.periods = periods;
        this.compliance = compliance;
        this.rules = rules;
        this.zone = profile.zone();
        this.clock = clock;
        this.json = json;
    }

    /**
     * Closes the period: 400 naming the fields of a bad request, 403 for an operator, 409 before its end + 48 h or
     * when it overlaps a closed period of the operator. Waits for writes of the operator in flight (the period lock),
     * so that the frozen results include every row committed before.
     */
    @Transactional
    public Closed close(String operator, LocalDate from, LocalDate to, Caller caller) {
        if (!caller.regulator()) {
            throw ProblemException.forbidden("Only the regulator closes reporting periods");
        }
        List<FieldError> errors = new ArrayList<>();
        Inputs.operatorId(errors, operator);
        DateRanges.checkPeriod("from", from, "to", to, errors);
        ProblemException.throwIfAny(errors);
        ReportingPeriod period = new ReportingPeriod(from, to, zone);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant closable = lastDue(period);
        if (now.isBefore(closable)) {
            throw new ProblemException(ProblemType.CONFLICT, "The period " + period.start() + " to " + period.end()
                    + " can be closed from " + iso(closable) + ": a complaint received on its last day is"
                    + " due up to " + rules.responseTime().toHours() + " h after its end",
                    List.of(FieldError.of("to", "can be closed from " + iso(closable))));
        }
        periods.lockExclusive(operator);
        periods.overlapping(operator, period.from(), period.until()).ifPresent(closed -> {
            throw new ProblemException(ProblemType.CONFLICT, "The period " + period.start() + " to " + period.end()
                    + " of " + operator + " overlaps its closed period " + closed.describe() + " (closed at "
                    + iso(closed.getClosedAt()) + ")",
                    List.of(FieldError.of("from", "overlaps the closed period " + closed.describe())));
        });
        UUID id = UUID.randomUUID();
        OffsetDateTime closedAt = now.atOffset(zone);
        List<KpiResult> results = compliance.results(operator, period, now, closedAt.truncatedTo(ChronoUnit.SECONDS));
        ArrayNode frozen = json.createArrayNode();
        for (KpiResult result : results) {
            frozen.add(mark(result, id, closedAt));
        }
        try {
            periods.persist(new ClosedPeriod(id, operator, period, now, caller.name(), json.writeValueAsString(frozen)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        List<JsonNode> answer = new ArrayList<>();
        frozen.forEach(answer::add);
        return new Closed(id, operator, period.start(), period.end(), now, caller.name(), answer);
    }

    private String iso(Instant instant) {
        return ISO.format(instant.atOffset(zone));
    }

    /** The instant from which a period may be closed: its end + the response time (every due time has passed). */
    Instant lastDue(ReportingPeriod period) {
        return period.until().plus(rules.responseTime());
    }

    /** A result as frozen: marked {@code frozen} with the period's id and closing time, and a note saying so. */
    private ObjectNode mark(KpiResult result, UUID periodId, OffsetDateTime closedAt) {
        ObjectNode node = compliance.tree(result);
        node.put("frozen", true);
        node.put("closedAt", ISO.format(closedAt));
        node.put("periodId", periodId.toString());
        ((ArrayNode) node.get("notes")).add("Frozen when the reporting period " + result.periodStart() + " to "
                + result.periodEnd() + " was closed at " + ISO.format(closedAt) + ": rows inside it are no longer written, and"
                + " rows purged after their retention do not change it.");
        return node;
    }

    /**
     * 409 when a complaint of {@code operator} received at {@code receivedAt}, due at {@code dueAt}, would lie in a
     * closed period (its receipt counts for the rate, its due time for the 48 h answer). Takes the operator's period
     * lock shared first, for the caller's transaction.
     */
    void refuseComplaint(String operator, Instant receivedAt, Instant dueAt) {
        periods.lockShared(operator);
        periods.containing(operator, receivedAt, dueAt).ifPresent(closed -> {
            throw closedConflict(closed, "A complaint received at " + iso(receivedAt) + " (due " + iso(dueAt) + ")", "receivedAt");
        });
    }

    /** 409 when the complaint's due time lies in a closed period: its answer is part of that period's results. */
    void refuseResponse(String operator, UUID complaintId, Instant dueAt) {
        periods.lockShared(operator);
        periods.containing(operator, dueAt, dueAt).ifPresent(closed -> {
            throw closedConflict(closed, "Complaint " + complaintId + ", due " + iso(dueAt) + ",",
                    "respondedAt");
        });
    }

    /** 409 when an outage [startedAt, endedAt) overlaps a closed period. */
    void refuseOutage(String operator, Instant startedAt, Instant endedAt) {
        periods.lockShared(operator);
        periods.overlapping(operator, startedAt, endedAt).ifPresent(closed -> {
            throw closedConflict(closed, "An outage from " + iso(startedAt) + " to " + iso(endedAt),
                    "startedAt");
        });
    }

    private ProblemException closedConflict(ClosedPeriod closed, String what, String field) {
        return new ProblemException(ProblemType.CONFLICT, what + " lies in the reporting period " + closed.describe()
                + " of " + closed.getOperatorId() + ", closed at " + iso(closed.getClosedAt())
                + ": its results are frozen and it takes no more rows",
                List.of(FieldError.of(field, "lies in the closed reporting period " + closed.describe())));
    }

    /** Closed periods, latest first; an operator sees its own only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Closed> list(String operatorId, PageRequest page, Caller caller) {
        Page<ClosedPeriod> found = periods.page(caller.listScope(operatorId), page);
        return new Page<>(found.items().stream().map(this::closed).toList(), found.total());
    }

    private Closed closed(ClosedPeriod period) {
        return new Closed(period.getId(), period.getOperatorId(), period.getPeriodStart(), period.getPeriodEnd(),
                period.getClosedAt(), period.getClosedBy(), compliance.frozen(period));
    }
}
