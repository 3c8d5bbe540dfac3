package org.qos.gateway.service;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import org.qos.common.kpi.Verdict;
import org.qos.common.problem.ProblemException;
import org.qos.common.security.Caller;
import org.qos.common.validation.DateRanges;
import org.qos.gateway.client.ComplianceClients;
import org.qos.gateway.client.UpstreamFailedException;
import org.qos.gateway.client.UpstreamRejectedException;
import org.qos.gateway.config.GatewayConfig;
import org.qos.gateway.domain.Family;
import org.qos.gateway.domain.FamilyVerdicts;
import org.qos.gateway.domain.OverallRule;

import io.smallrye.mutiny.Uni;

/**
 * Scorecards: asks the four services in parallel, with the caller's token, and puts their answers together. A
 * family that does not answer in time, or answers with an error, is {@code UNAVAILABLE}; the scorecard itself
 * always answers.
 */
@ApplicationScoped
public class ScorecardService {

    private static final Logger LOG = Logger.getLogger(ScorecardService.class);

    private final ComplianceClients clients;
    private final Duration familyTimeout;

    ScorecardService(ComplianceClients clients, GatewayConfig config) {
        this.clients = clients;
        this.familyTimeout = config.scorecards().familyTimeout();
    }

    /**
     * The scorecard of one operator: an operator's own by default, 403 for another's; the regulator must name one.
     *
     * @param authorization the caller's {@code Authorization} header, passed on to the services
     */
    public Uni<Scorecard> scorecard(Caller caller, String operatorIdParam, LocalDate from, LocalDate to,
            String authorization) {
        DateRanges.requireOrdered(from, to);
        String operatorId = caller.listScope(operatorIdParam);
        if (operatorId == null) {
            throw ProblemException.invalidField("operatorId", "is required for the regulator: a scorecard is about one operator");
        }
        return families(authorization, operatorId, from, to)
                .map(answers -> assemble(operatorId, from, to, answers));
    }

    /**
     * The scorecards of every operator the caller may see that has a result in the period (the regulator: all of
     * them; an operator: its own), from one call per family, sorted by operator. A family that is unavailable is
     * unavailable in every scorecard.
     */
    public Uni<OperatorScorecards> everyOperator(Caller caller, LocalDate from, LocalDate to, String authorization) {
        DateRanges.requireOrdered(from, to);
        String scope = caller.listScope(null);
        return families(authorization, scope, from, to).map(answers -> {
            SortedSet<String> operators = new TreeSet<>();
            for (FamilyScorecard answer : answers) {
                answer.results().stream().map(result -> result.path("operatorId"))
                        .filter(JsonNode::isTextual).forEach(id -> operators.add(id.asText()));
            }
            List<Scorecard> scorecards = new ArrayList<>();
            for (String operator : operators) {
                List<FamilyScorecard> own = new ArrayList<>();
                for (FamilyScorecard answer : answers) {
                    own.add(answer.status() == FamilyStatus.OK
                            ? FamilyScorecard.ok(answer.results().stream()
                                    .filter(result -> operator.equals(result.path("operatorId").asText())).toList())
                            : answer);
                }
                scorecards.add(assemble(operator, from, to, own));
            }
            List<String> unavailable = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                if (answers.get(i).status() != FamilyStatus.OK) {
                    unavailable.add(Family.values()[i].key());
                }
            }
            return new OperatorScorecards(scorecards, unavailable);
        });
    }

    /** Every family's answer, in the order of {@link Family#values()}; {@code operatorId} null asks for all. */
    private Uni<List<FamilyScorecard>> families(String authorization, String operatorId, LocalDate from, LocalDate to) {
        List<Uni<FamilyScorecard>> calls = new ArrayList<>();
        for (Family family : Family.values()) {
            calls.add(family(family, authorization, operatorId, from, to));
        }
        return Uni.combine().all().unis(calls).with(FamilyScorecard.class, answers -> answers);
    }

    private static Scorecard assemble(String operatorId, LocalDate from, LocalDate to, List<FamilyScorecard> answers) {
        Map<String, FamilyScorecard> families = new LinkedHashMap<>();
        List<FamilyVerdicts> verdicts = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            FamilyScorecard answer = answers.get(i);
            families.put(Family.values()[i].key(), answer);
            verdicts.add(answer.status() == FamilyStatus.OK
                    ? FamilyVerdicts.of(answer.results().stream().map(ScorecardService::verdict).toList())
                    : FamilyVerdicts.unavailable());
        }
        return new Scorecard(operatorId, from, to, OverallRule.overall(verdicts), families);
    }

    private Uni<FamilyScorecard> family(Family family, String authorization, String operatorId, LocalDate from,
            LocalDate to) {
        Uni<List<JsonNode>> call;
        try {
            call = call(family, authorization, operatorId, from.toString(), to.toString());
        } catch (RuntimeException e) {
            call = Uni.createFrom().failure(e);
        }
        return call
                .ifNoItem().after(familyTimeout).fail()
                .map(FamilyScorecard::ok)
                .onFailure().recoverWithItem(failure -> {
                    String detail = describe(failure);
                    if (failure instanceof CircuitBreakerOpenException) {
                        // expected while the circuit is open: one line per scorecard would flood the log
                        LOG.debugf("scorecard: family %s unavailable: %s", family.key(), detail);
                    } else {
                        LOG.warnf("scorecard: family %s unavailable: %s", family.key(), detail);
                    }
                    return FamilyScorecard.unavailable(detail);
                });
    }

    /** One method per family on the fault-tolerant bean, so that each family has its own policies. */
    private Uni<List<JsonNode>> call(Family family, String authorization, String operatorId, String from, String to) {
        return switch (family) {
            case VOICE -> clients.voice(authorization, operatorId, from, to);
            case COVERAGE -> clients.coverage(authorization, operatorId, from, to);
            case BILLING -> clients.billing(authorization, operatorId, from, to);
            case COMPLAINTS -> clients.complaints(authorization, operatorId, from, to);
        };
    }

    /** A result's verdict; null for an informative result; an unknown word is taken as "not enough to pass". */
    static Verdict verdict(JsonNode result) {
        JsonNode verdict = result.get("verdict");
        if (verdict == null || verdict.isNull()) {
            return null;
        }
        try {
            return Verdict.valueOf(verdict.asText());
        } catch (IllegalArgumentException e) {
            return Verdict.INSUFFICIENT_DATA;
        }
    }

    private String describe(Throwable failure) {
        if (failure instanceof TimeoutException
                || failure instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException) {
            return "no answer in time";
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return "not called: the service failed repeatedly (circuit open)";
        }
        if (failure instanceof UpstreamRejectedException rejected) {
            return "the service refused the request (HTTP " + rejected.status() + ")";
        }
        if (failure instanceof UpstreamFailedException failed) {
            return "the service failed (HTTP " + failed.status() + ")";
        }
        return "the service cannot be reached";
    }
}
