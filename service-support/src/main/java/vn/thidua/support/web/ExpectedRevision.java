package vn.thidua.support.web;

import java.util.ArrayList;
import java.util.List;

import vn.thidua.support.problem.PreconditionFailed;

/**
 * What a client expects the revision of a resource to be when it changes it: the typed form of {@code If-Match}
 * (ETags are revisions). Resources receive it as a header parameter and pass it to the service, which checks it
 * against the revision it has locked. {@link #ANY} (no If-Match, or {@code *}) lets the last writer win.
 */
public final class ExpectedRevision {

    public static final ExpectedRevision ANY = new ExpectedRevision(List.of(), "*");

    private final List<Long> revisions;
    private final String header;

    private ExpectedRevision(List<Long> revisions, String header) {
        this.revisions = revisions;
        this.header = header;
    }

    /** One revision, e.g. for a test or a caller inside the service. */
    public static ExpectedRevision of(long revision) {
        return new ExpectedRevision(List.of(revision), "\"" + revision + "\"");
    }

    /** {@code If-Match}: {@code "3"}, {@code W/"3"}, {@code "3", "4"}, {@code *}; absent or blank is ANY. */
    public static ExpectedRevision parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return ANY;
        }
        List<Long> revisions = new ArrayList<>();
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return ANY;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            try {
                revisions.add(Long.parseLong(tag));
            } catch (NumberFormatException e) {
                // an ETag this suite never issued: it can match nothing, so the write is refused as stale
            }
        }
        return new ExpectedRevision(List.copyOf(revisions), ifMatch.trim());
    }

    /** Null (the header was absent) counts as ANY, so services never see null. */
    public static ExpectedRevision orAny(ExpectedRevision expected) {
        return expected == null ? ANY : expected;
    }

    public boolean isAny() {
        return this == ANY || "*".equals(header) && revisions.isEmpty();
    }

    public boolean matches(long current) {
        return isAny() || revisions.contains(current);
    }

    /** 412 {@code stale-version} unless the current revision is the expected one. */
    public void check(long current) {
        if (!matches(current)) {
            throw new PreconditionFailed("If-Match " + header + " does not match the current version \"" + current
                    + "\"; read the resource again and retry");
        }
    }

    @Override
    public String toString() {
        return header;
    }
}
