package org.kam.account.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.kam.account.UnifiedSocialCreditCode;

/** A unified social credit code, if one is given; the message names the rule it breaks. */
@Documented
@Constraint(validatedBy = ValidUscc.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidUscc {

	String message() default "is not a valid unified social credit code";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValidUscc, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			return UnifiedSocialCreditCode.problem(UnifiedSocialCreditCode.normalize(value)).map(problem -> {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(escape(problem)).addConstraintViolation();
				return false;
			}).orElse(true);
		}

		/** The problem quotes user input: keep it from being read as a message template. */
		private static String escape(String message) {
			return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
		}

	}

}
