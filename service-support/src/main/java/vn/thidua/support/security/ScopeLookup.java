package vn.thidua.support.security;

import java.util.Optional;

/**
 * Finds the cluster or unit a request acts for when the request names it only through another resource (a CDI bean
 * of the service, e.g. scoring table id → its cluster). Empty when that resource does not exist: the request then
 * goes on and answers its own 404.
 */
public interface ScopeLookup {

    Optional<String> scopeOf(String value);

    /** The value is the scope's code itself. */
    final class Identity implements ScopeLookup {
        @Override
        public Optional<String> scopeOf(String value) {
            return Optional.ofNullable(value);
        }
    }
}
