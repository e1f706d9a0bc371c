package vn.thidua.support.security;

import vn.thidua.problems.ProblemCatalog;
import vn.thidua.support.problem.ProblemException;

/** 403: the caller is who they say, but lacks the named right. */
public class Forbidden extends ProblemException {

    public Forbidden(String detail) {
        super(ProblemCatalog.FORBIDDEN, detail);
    }
}
