package vn.thidua.cluster.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import vn.thidua.cluster.service.ClusterYearViews;

/**
 * A write answered here invalidates the cached views before its answer leaves, so the writer reads its own write on
 * this instance at once (the database notification that also follows may take a few milliseconds). The write's
 * transaction has committed by then: it ends with the resource method.
 */
public class ReadCacheInvalidationFilter {

    private final ClusterYearViews views;

    public ReadCacheInvalidationFilter(ClusterYearViews views) {
        this.views = views;
    }

    @ServerResponseFilter
    public void invalidateAfterWrite(ContainerRequestContext request, ContainerResponseContext response) {
        switch (request.getMethod()) {
            case "GET", "HEAD", "OPTIONS" -> {
            }
            default -> views.invalidate();
        }
    }
}
