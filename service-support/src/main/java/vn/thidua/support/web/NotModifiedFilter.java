package vn.thidua.support.web;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * {@code 304 Not Modified} for every {@code GET} of a versioned resource (one that answers an {@code ETag}) whose
 * {@code If-None-Match} names that ETag: resources only set the ETag, this filter does the rest.
 */
public class NotModifiedFilter {

    @ServerResponseFilter
    public void notModified(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return;
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (ifNoneMatch == null || etag == null) {
            return;
        }
        String current = etag instanceof EntityTag tag ? tag.getValue() : unquote(etag.toString());
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            // weak comparison (RFC 9110 13.1.2): W/"3" matches "3"
            if (tag.equals("*") || unquote(tag).equals(current)) {
                response.setStatus(304);
                response.setEntity(null);
                return;
            }
        }
    }

    private static String unquote(String tag) {
        String value = tag.startsWith("W/") ? tag.substring(2) : tag;
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
