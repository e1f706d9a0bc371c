package vn.thidua.support.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * On a resource class: its {@code POST} and {@code PUT} methods honour {@code Idempotency-Key}
 * ({@link IdempotencyInterceptor}). Every resource with such methods carries it.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface Idempotent {
}
