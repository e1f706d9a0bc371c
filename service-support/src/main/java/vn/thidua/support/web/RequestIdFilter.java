package vn.thidua.support.web;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

/**
 * Puts the request id in the MDC before anything else runs (so every log line of the request carries it, on the
 * event loop and on the worker thread: Quarkus keeps the MDC in the request's Vert.x context) and answers it in
 * {@code X-Request-Id}.
 */
public class RequestIdFilter {

    static final String PROPERTY = RequestIds.class.getName();

    @ServerRequestFilter(preMatching = true, priority = 0)
    public void enter(ContainerRequestContext request) {
        String id = RequestIds.accept(request.getHeaderString(RequestIds.HEADER));
        request.setProperty(PROPERTY, id);
        MDC.put(RequestIds.MDC_KEY, id);
    }

    @ServerResponseFilter(priority = Integer.MAX_VALUE)
    public void leave(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(RequestIds.HEADER, id.toString());
        }
    }
}
