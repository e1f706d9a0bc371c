package vn.thidua.cluster.service;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;

/** Recognises a database constraint, the last guard behind a rule, in a persistence failure. */
final class Constraints {

    private Constraints() {
    }

    /** Whether {@code e} (or one of its causes) is a violation of the named constraint. */
    static boolean violated(PersistenceException e, String constraintName) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation
                    && constraintName.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
