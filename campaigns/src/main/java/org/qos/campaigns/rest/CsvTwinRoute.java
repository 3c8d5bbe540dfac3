package org.qos.campaigns.rest;

import java.io.InputStream;
import java.net.URI;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.qos.campaigns.batch.BodyFormat;
import org.qos.common.problem.ExceptionMappers;

/**
 * The {@code <path>/csv} twin of every upload, written once ({@link BatchUploadDocument} documents them): a
 * {@code POST} or {@code PUT} of {@code <path>/csv} below {@code /api/} is the upload at {@code <path>} with a CSV body.
 * A body stated as anything but {@code text/csv} is 415, as a CSV-only operation answers; one without a Content-Type
 * is read as CSV. Only an upload has a twin: a {@code <path>/csv} whose {@code <path>} is any other operation (close,
 * create, ...) is 404, as for any path that is not documented ({@link #onlyUploads}).
 */
@Provider
@PreMatching
public class CsvTwinRoute implements ContainerRequestFilter {

    static final String SUFFIX = "/csv";
    /** Set on a request routed from its {@code /csv} twin. */
    static final String ROUTED = CsvTwinRoute.class.getName() + ".routed";
    /** The answers every service gives (a 415 or 405 not routed from a twin stays theirs). */
    private static final ExceptionMappers MAPPERS = new ExceptionMappers();

    @Override
    public void filter(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath();
        if (!("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod())) || path == null
                || !path.startsWith("/api/") || !path.endsWith(SUFFIX)) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, BodyFormat.TEXT_CSV);
        } else if (!"text".equalsIgnoreCase(type.getType()) || !"csv".equalsIgnoreCase(type.getSubtype())) {
            throw new NotSupportedException();
        }
        request.setProperty(ROUTED, Boolean.TRUE);
        request.setRequestUri(URI.create(uri.getScheme() + "://" + uri.getRawAuthority()
                + path.substring(0, path.length() - SUFFIX.length())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
    }

    /**
     * After matching: a request routed from a {@code /csv} twin must have reached an upload: the resource methods
     * that read their body as a stream (every batch upload, and coverage's street inventory); anything else has no
     * twin.
     */
    @ServerRequestFilter
    public void onlyUploads(ContainerRequestContext request, SimpleResourceInfo resource) {
        if (request.getProperty(ROUTED) == null) {
            return;
        }
        for (Class<?> parameter : resource.parameterTypes()) {
            if (parameter == InputStream.class) {
                return;
            }
        }
        throw new NotFoundException();
    }

    /**
     * A twin whose {@code <path>} matched no operation for a CSV body ({@code POST /campaigns/csv}: creating takes JSON
     * only, 415; {@code POST /campaigns/{id}/csv}: no POST there, 405) is 404 as well: the {@code /csv} path itself
     * does not exist. A request that was not routed from a twin keeps its 415 (or 405, below).
     */
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response unsupported(NotSupportedException e, ContainerRequestContext request) {
        return request.getProperty(ROUTED) != null ? noTwin() : MAPPERS.unsupported(e);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response notAllowed(NotAllowedException e, ContainerRequestContext request) {
        return request.getProperty(ROUTED) != null ? noTwin() : MAPPERS.notAllowed(e);
    }

    private static Response noTwin() {
        return MAPPERS.notFound(new NotFoundException());
    }
}
