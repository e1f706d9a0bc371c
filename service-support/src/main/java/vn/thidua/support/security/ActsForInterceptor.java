package vn.thidua.support.security;

import java.util.Arrays;
import java.util.Objects;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Enforces {@link ActsFor}: runs after Bean Validation (a request without its cluster is a 400, not a 403) and
 * before the method, so nothing is changed for another unit's or cluster's sake.
 */
@ActsFor
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
public class ActsForInterceptor {

    @Inject
    SecurityIdentity identity;

    // Instance<> of the interface keeps the services' lookups from being removed as unused beans.
    @Inject
    @Any
    Instance<ScopeLookup> lookups;

    @AroundInvoke
    Object check(InvocationContext context) throws Exception {
        ActsFor rule = context.getMethod().getAnnotation(ActsFor.class);
        if (rule == null) {
            rule = context.getMethod().getDeclaringClass().getAnnotation(ActsFor.class);
        }
        if (rule != null && Arrays.stream(rule.unlessRole()).noneMatch(identity::hasRole)) {
            if (!rule.cluster().isEmpty()) {
                require(rule, rule.cluster(), Roles.CLUSTER_CLAIM, "cluster", context);
            }
            if (!rule.unit().isEmpty()) {
                require(rule, rule.unit(), Roles.UNIT_CLAIM, "unit", context);
            }
        }
        return context.proceed();
    }

    private void require(ActsFor rule, String template, String claim, String what, InvocationContext context) {
        String value = RequestValues.resolve(template, context);
        if (value == null) {
            // Validation ran first, so the field is optional here: without it the request acts for no one of ours.
            throw new Forbidden("This needs the right to act for a " + what + ", and the request names none");
        }
        ScopeLookup lookup = rule.lookup() == ScopeLookup.Identity.class ? new ScopeLookup.Identity()
                : lookups.select(rule.lookup()).get();
        String scope = lookup.scopeOf(value).orElse(null);
        if (scope == null) {
            return; // the resource does not exist: the method answers 404
        }
        String held = identity.getPrincipal() instanceof JsonWebToken jwt ? Caller.claim(jwt, claim) : null;
        if (!Objects.equals(scope, held)) {
            throw new Forbidden("This needs the right to act for " + what + " " + scope
                    + (held == null ? "; the token names no " + what : "; the token acts for " + what + " " + held));
        }
    }
}
