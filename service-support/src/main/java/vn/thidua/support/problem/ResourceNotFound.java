package vn.thidua.support.problem;

import vn.thidua.problems.ProblemCatalog;

/** 404: the named resource does not exist. */
public class ResourceNotFound extends ProblemException {

    public ResourceNotFound(String what, Object id) {
        super(ProblemCatalog.NOT_FOUND, "No " + what + " " + id);
    }
}
