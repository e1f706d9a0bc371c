package vn.thidua.support.web;

import jakarta.ws.rs.core.EntityTag;
import vn.thidua.support.problem.PreconditionFailed;

/** ETags are the resource's version number; {@code If-Match} guards updates against lost writes. */
public final class Etags {

    private Etags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Passes when there is no {@code If-Match}, or when it names the current version (or {@code *}). */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(Long.toString(currentVersion))) {
                return;
            }
        }
        throw new PreconditionFailed("If-Match " + ifMatch + " does not match the current version \"" + currentVersion
                + "\"; read the resource again and retry");
    }
}
