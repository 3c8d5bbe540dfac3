package org.qos.gateway.client;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns an error status of a service into an exception that the fault-tolerance policies can tell apart. */
public class UpstreamStatusMapper implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        return status >= 500 ? new UpstreamFailedException(status) : new UpstreamRejectedException(status);
    }
}
