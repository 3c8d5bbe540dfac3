package org.qos.gateway.rest;

import org.qos.gateway.service.FamilyScorecard;
import org.qos.gateway.service.OperatorOverall;
import org.qos.gateway.service.PublicationDocument;
import org.qos.gateway.service.PublicationSummary;
import org.qos.gateway.service.Scorecard;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Types that Jackson writes or reads although no REST method declares them as its return type, so that a native
 * image (-Pnative) would not keep them for reflection: a publication is written by the ObjectMapper into its stored
 * snapshot (with its scorecards) and its operators read back from it, and the public listing and the profile leave
 * as the entity of a {@code Response}.
 */
@RegisterForReflection(targets = {PublicationDocument.class, PublicationDocument.Profile.class, Scorecard.class,
        FamilyScorecard.class, OperatorOverall.class, PublicationSummary.class, ProfileView.class, ProfileView.Kpi.class})
final class NativeReflection {

    private NativeReflection() {
    }
}
