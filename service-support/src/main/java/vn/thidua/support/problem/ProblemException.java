package vn.thidua.support.problem;

import vn.thidua.problems.ProblemCatalog;

/** Base of the exceptions that the problem mapper turns into a problem of a known type and status. */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String typeSlug;
    private final String title;

    protected ProblemException(int status, String typeSlug, String title, String detail) {
        super(detail);
        this.status = status;
        this.typeSlug = typeSlug;
        this.title = title;
    }

    /** A problem of the catalogue (not a domain rule). */
    protected ProblemException(ProblemCatalog type, String detail) {
        this(type.status(), type.slug(), type.titleEn(), detail);
    }

    public int status() {
        return status;
    }

    /** Last segment of the problem {@code type} URI. */
    public String typeSlug() {
        return typeSlug;
    }

    public String title() {
        return title;
    }

    /** The domain rule broken, if any. */
    public String rule() {
        return null;
    }
}
