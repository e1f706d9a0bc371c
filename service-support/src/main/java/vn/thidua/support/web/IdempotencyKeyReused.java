package vn.thidua.support.web;

import vn.thidua.problems.ProblemCatalog;
import vn.thidua.support.problem.ProblemException;

/** 422: the key was used before for another request. */
public class IdempotencyKeyReused extends ProblemException {

    public IdempotencyKeyReused(String key) {
        super(ProblemCatalog.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key " + key + " was used for another request "
                + "(body, method or path); use a new key for a new request");
    }

    @Override
    public String rule() {
        return "IDEMPOTENCY_KEY_REUSED";
    }
}
