package org.qos.campaigns.batch;

import jakarta.ws.rs.core.MediaType;

import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;

/** The two encodings of a batch: a JSON array of objects, or RFC 4180 CSV with a header of the JSON field names. */
public enum BodyFormat {
    JSON, CSV;

    public static final String TEXT_CSV = "text/csv";

    public static BodyFormat of(MediaType mediaType) {
        if (mediaType != null) {
            if (mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return JSON;
            }
            if ("text".equalsIgnoreCase(mediaType.getType()) && "csv".equalsIgnoreCase(mediaType.getSubtype())) {
                return CSV;
            }
        }
        throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "A batch is application/json (an array of objects) or text/csv");
    }
}
