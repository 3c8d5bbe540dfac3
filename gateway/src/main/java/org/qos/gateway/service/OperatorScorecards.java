package org.qos.gateway.service;

import java.util.List;

/**
 * The scorecards of every operator of a period, and the families that did not answer (each of them
 * {@code UNAVAILABLE} in every scorecard).
 */
public record OperatorScorecards(List<Scorecard> scorecards, List<String> unavailableFamilies) {

    public OperatorScorecards {
        scorecards = List.copyOf(scorecards);
        unavailableFamilies = List.copyOf(unavailableFamilies);
    }
}
