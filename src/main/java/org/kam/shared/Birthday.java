package org.kam.shared;

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

/**
 * A birthday a living person can have: not before {@link #EARLIEST} (null is allowed: a
 * birthday is optional). Year 0 or 1066 is a typing slip, not a contact. Use it with
 * {@code @Past}, which refuses the future with its own message.
 */
@Documented
@Constraint(validatedBy = Birthday.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Birthday {

	LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	String message() default "{validation.birthday}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<Birthday, LocalDate> {

		@Override
		public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
			return value == null || !value.isBefore(EARLIEST);
		}

	}

}
