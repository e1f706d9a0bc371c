package vn.thidua.support.problem;

import vn.thidua.problems.ProblemCatalog;

/** 412: the {@code If-Match} ETag is not the resource's current version. */
public class PreconditionFailed extends ProblemException {

    public PreconditionFailed(String detail) {
        super(ProblemCatalog.STALE_VERSION, detail);
    }
}
