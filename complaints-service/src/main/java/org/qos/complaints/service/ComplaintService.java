package org.qos.complaints.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.qos.common.paging.Page;
import org.qos.common.paging.PageRequest;
import org.qos.common.problem.FieldError;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;
import org.qos.common.profile.QualityProfile;
import org.qos.common.security.Caller;
import org.qos.common.validation.DateRanges;
import org.qos.complaints.config.ComplaintsConfig;
import org.qos.complaints.domain.Complaint;
import org.qos.complaints.domain.ComplaintContact;
import org.qos.complaints.domain.ComplaintRules;
import org.qos.complaints.domain.ComplaintStatus;
import org.qos.complaints.domain.ReportingPeriod;
import org.qos.complaints.repository.ComplaintRepository;
import org.qos.complaints.repository.ContactRepository;
import org.qos.complaints.rest.AlertView;
import org.qos.complaints.rest.ComplaintRequest;
import org.qos.complaints.rest.ComplaintView;
import org.qos.complaints.rest.ContactView;
import org.qos.complaints.rest.ResponseRequest;

/** The complaint lifecycle: received, contacted, answered in writing; listings and alerts; tenancy enforced. */
@ApplicationScoped
public class ComplaintService {

    static final int MAX_ALERT_HOURS = 720;

    private final ComplaintRepository complaints;
    private final ContactRepository contacts;
    private final ComplaintRules rules;
    private final ZoneOffset zone;
    private final Clock clock;
    private final int defaultAlertHours;
    private final AlertGauges gauges;
    private final Duration clockSkew;
    private final PeriodService periods;

    public ComplaintService(ComplaintRepository complaints, ContactRepository contacts, ComplaintRules rules,
            QualityProfile profile, Clock clock, ComplaintsConfig config, AlertGauges gauges, PeriodService periods) {
        this.complaints = complaints;
        this.periods = periods;
        this.gauges = gauges;
        this.contacts = contacts;
        this.rules = rules;
        this.zone = profile.zone();
        this.clock = clock;
        this.defaultAlertHours = config.alertWithinHours();
        this.clockSkew = config.clockSkew();
    }

    @Transactional
    public ComplaintView create(ComplaintRequest request, Caller caller) {
        Instant now = now();
        validate(request, now);
        caller.checkAccess(request.operatorId());
        Instant receivedAt = Inputs.instant(request.receivedAt());
        Instant dueAt = receivedAt.plus(rules.responseTime());
        periods.refuseComplaint(request.operatorId(), receivedAt, dueAt);
        Complaint complaint = new Complaint(UUID.randomUUID(), request.operatorId(), request.customerRef(),
                request.channel(), request.category(), receivedAt, request.subject(), dueAt, now, caller.name());
        complaints.persist(complaint);
        gauges.track(complaint.getOperatorId());
        return ComplaintView.of(complaint, now, zone, null);
    }

    private void validate(ComplaintRequest request, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        Inputs.operatorId(errors, request.operatorId());
        Inputs.text(errors, "customerRef", request.customerRef(), true, 128);
        if (request.channel() == null) {
            errors.add(FieldError.of("channel", "is required: LETTER, EMAIL, FAX, PHONE, WEB or IN_PERSON"));
        }
        if (request.category() == null) {
            errors.add(FieldError.of("category", "is required: SERVICE_QUALITY, BILLING or OTHER"));
        }
        if (request.receivedAt() == null) {
            errors.add(FieldError.of("receivedAt", "is required"));
        } else if (request.receivedAt().toInstant().isAfter(Inputs.latestAllowed(now, clockSkew))) {
            errors.add(FieldError.of("receivedAt", Inputs.futureMessage(clockSkew)));
        }
        Inputs.text(errors, "subject", request.subject(), true, 500);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ComplaintView get(UUID id, Caller caller) {
        Complaint complaint = complaints.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Complaint " + id));
        caller.checkAccess(complaint.getOperatorId());
        return view(complaint, now());
    }

    /**
     * Records a contact. A written one answers the complaint (once: a second is 409); a call-back
     * ({@code written = false}) is stored as a contact and leaves the complaint open.
     */
    @Transactional
    public ComplaintView respond(UUID id, ResponseRequest request, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        Inputs.required(errors, "respondedAt", request.respondedAt());
        if (request.written() == null) {
            errors.add(FieldError.of("written", "is required: true for the written answer, false for a call-back"));
        }
        Inputs.text(errors, "summary", request.summary(), Boolean.TRUE.equals(request.written()), 4000);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Complaint complaint = complaints.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Complaint " + id));
        caller.checkAccess(complaint.getOperatorId());
        Instant now = now();
        Instant at = Inputs.instant(request.respondedAt());
        if (at.isBefore(complaint.getReceivedAt())) {
            throw ProblemException.invalidField("respondedAt", "must not be before the complaint was received ("
                    + complaint.getReceivedAt().atOffset(zone) + ")");
        }
        if (request.respondedAt().toInstant().isAfter(Inputs.latestAllowed(now, clockSkew))) {
            throw ProblemException.invalidField("respondedAt", Inputs.futureMessage(clockSkew));
        }
        periods.refuseResponse(complaint.getOperatorId(), id, complaint.getResponseDueAt());
        boolean written = request.written();
        if (written && complaint.isAnswered()) {
            throw new ProblemException(ProblemType.CONFLICT, "Complaint " + id + " was already answered in writing at "
                    + complaint.getRespondedAt().atOffset(zone) + "; a complaint has one written answer",
                    List.of(FieldError.of("written", "the complaint already has its written answer")));
        }
        contacts.persist(new ComplaintContact(UUID.randomUUID(), id, at, written, blankToNull(request.summary()), now,
                caller.name()));
        if (written) {
            complaint.answer(at, request.summary(), now);
        }
        return view(complaint, now);
    }

    /** Complaints received in [from, to] (inclusive dates in the profile's zone), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ComplaintView> list(String operatorId, ComplaintStatus status, LocalDate from, LocalDate to,
            PageRequest page, Caller caller) {
        DateRanges.requireOrdered(from, to);
        String scope = caller.listScope(operatorId);
        Instant now = now();
        Page<Complaint> found = complaints.page(scope, status,
                from == null ? null : from.atStartOfDay().toInstant(zone),
                to == null ? null : to.plusDays(1).atStartOfDay().toInstant(zone), now, page);
        return new Page<>(found.items().stream().map(c -> ComplaintView.of(c, now, zone, null)).toList(), found.total());
    }

    /** Open complaints past due, then those due within the next {@code withinHours} hours; most urgent first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AlertView> alerts(String operatorId, Integer withinHours, PageRequest page, Caller caller) {
        int hours = withinHours == null ? defaultAlertHours : withinHours;
        if (hours < 0 || hours > MAX_ALERT_HOURS) {
            throw ProblemException.invalidField("withinHours", "must be between 0 and " + MAX_ALERT_HOURS);
        }
        String scope = caller.listScope(operatorId);
        Instant now = now();
        Page<Complaint> found = complaints.openDueBy(scope, now.plus(Duration.ofHours(hours)), page);
        return new Page<>(found.items().stream().map(c -> AlertView.of(c, now, zone)).toList(), found.total());
    }

    /** The period a listing or result is about, checked. */
    static ReportingPeriod period(LocalDate from, LocalDate to, ZoneOffset zone) {
        DateRanges.requireWindow(from, to);
        return new ReportingPeriod(from, to, zone);
    }

    private ComplaintView view(Complaint complaint, Instant now) {
        List<ContactView> list = contacts.ofComplaint(complaint.getId()).stream().map(c -> ContactView.of(c, zone)).toList();
        return ComplaintView.of(complaint, now, zone, list);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
