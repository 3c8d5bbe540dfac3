package org.qos.common.paging;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** One page of a list and the total number of items, answered as a JSON array with {@code X-Total-Count}. */
public record Page<T>(List<T> items, long total) {

    public static final String TOTAL_COUNT_HEADER = "X-Total-Count";

    public Response toResponse() {
        return Response.ok(items).header(TOTAL_COUNT_HEADER, total).build();
    }
}
