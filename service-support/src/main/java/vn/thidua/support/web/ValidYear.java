package vn.thidua.support.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A year of the emulation calendar, for every year parameter and field of the suite. */
@Min(ValidYear.MIN)
@Max(ValidYear.MAX)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE })
public @interface ValidYear {

    int MIN = 1945;
    int MAX = 2100;

    String message() default "must be a year from " + MIN + " to " + MAX;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
