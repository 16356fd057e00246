package org.claimtracker.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A date in the year 1 or later. ISO dates may carry a sign, and a year before 1 is
 * either one PostgreSQL cannot store or one it stores as a year BC that reads back as a
 * year AD.
 */
@Documented
@Constraint(validatedBy = YearOneOrLater.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface YearOneOrLater {

	String message() default "{date.beforeYearOne}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the year of a date; no date is fine here. */
	class Check implements ConstraintValidator<YearOneOrLater, LocalDate> {

		@Override
		public boolean isValid(@Nullable LocalDate date, ConstraintValidatorContext context) {
			return date == null || date.getYear() >= 1;
		}

	}

}
