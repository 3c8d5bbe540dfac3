package org.qos.gateway.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qos.gateway.domain.Overall;

/** An operator's overall verdict in a publication. */
@Schema(description = "An operator's overall verdict in a publication")
public record OperatorOverall(@Schema(example = "ALPHA") String operatorId, @Schema(example = "PASS") Overall overall) {
}
