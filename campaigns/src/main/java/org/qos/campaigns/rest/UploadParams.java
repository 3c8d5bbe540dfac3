package org.qos.campaigns.rest;

import java.io.InputStream;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.qos.campaigns.batch.BatchUpload;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.common.validation.QueryParams;

/**
 * What an upload endpoint reads besides its body, written once: a family's upload method takes it as a
 * {@code @BeanParam} ({@code upload(@PathParam("id") UUID id, @BeanParam UploadParams params, InputStream body)}).
 */
public class UploadParams {

    @Parameter(description = "Validate only; store nothing", schema = @Schema(type = SchemaType.BOOLEAN))
    @QueryParam("dryRun")
    String dryRun;

    @Parameter(description = "Repeat a request safely: the same key and body answer as the first time")
    @HeaderParam("Idempotency-Key")
    String idempotencyKey;

    @Parameter(hidden = true)
    @HeaderParam(HttpHeaders.CONTENT_TYPE)
    String contentType;

    /** The upload of {@code body} as the request states it; a malformed {@code dryRun} is 400. */
    public BatchUpload of(InputStream body) {
        return new BatchUpload(BodyFormat.of(contentType == null ? null : MediaType.valueOf(contentType)), body,
                QueryParams.flag("dryRun", dryRun, false), idempotencyKey);
    }
}
