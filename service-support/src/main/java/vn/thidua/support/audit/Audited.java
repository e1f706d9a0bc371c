package vn.thidua.support.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * On a write resource method: an accepted call leaves one {@code audit_entry} row, written in the same transaction
 * as the change (the method runs inside a transaction the service layer joins), so there is never a change without
 * its row nor a row without its change.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

    /** What was done, e.g. {@code register}, {@code replace-roster}. */
    @Nonbinding
    String action() default "";

    /** The kind of resource changed, e.g. {@code unit}, {@code cluster-year}. */
    @Nonbinding
    String resource() default "";

    /**
     * Template of the resource id over the request ({@code "{code}/{year}"}, {@code "{body.code}"}); empty: the last
     * segment of the answer's {@code Location}.
     */
    @Nonbinding
    String id() default "";
}
