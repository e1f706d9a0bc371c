package vn.thidua.support.problem;

/** 412: the {@code If-Match} ETag is not the resource's current version. */
public class PreconditionFailed extends ProblemException {

    public PreconditionFailed(String detail) {
        super(412, "stale-version", "Precondition failed", detail);
    }
}
