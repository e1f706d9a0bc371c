package vn.thidua.support.web;

import jakarta.ws.rs.core.EntityTag;

/**
 * ETags are the resource's revision number. Updates take {@code If-Match} as an {@link ExpectedRevision};
 * {@code If-None-Match} on reads is answered by {@link NotModifiedFilter}.
 */
public final class Etags {

    private Etags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }
}
