package vn.thidua.support.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * The scope half of "who may do what", next to {@code @RolesAllowed} on a resource method: the caller's
 * {@code cluster} (or {@code unit}) claim must equal the cluster (unit) the request acts for, else 403 naming the
 * missing right. Values are templates over the request: {@code "{code}"} is a path parameter,
 * {@code "{body.clusterCode}"} a field of the JSON body. When the request names the scope only indirectly (a scoring
 * table's id), {@link #lookup()} maps the value to the cluster or unit code.
 * <p>
 * Callers holding one of {@link #unlessRole()} are not scoped (e.g. the central board acting for any cluster).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ActsFor {

    /** Template of the cluster code the request acts for; empty when not scoped by cluster. */
    @Nonbinding
    String cluster() default "";

    /** Template of the unit code the request acts for; empty when not scoped by unit. */
    @Nonbinding
    String unit() default "";

    /** Maps the template's value to the scope's code (identity by default). */
    @Nonbinding
    Class<? extends ScopeLookup> lookup() default ScopeLookup.Identity.class;

    /** Roles that are not limited to one cluster or unit. */
    @Nonbinding
    String[] unlessRole() default {};
}
