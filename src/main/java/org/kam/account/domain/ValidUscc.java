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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A unified social credit code, if one is given; the message names the rule it breaks.
 */
@Documented
@Constraint(validatedBy = ValidUscc.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidUscc {

	String message() default "is not a valid unified social credit code";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Spring's validator factory injects the message source, so the message is in the
	 * user's language; a plain Bean Validation factory gets the English text.
	 */
	class Validator implements ConstraintValidator<ValidUscc, String> {

		private final MessageSource messages;

		public Validator() {
			this(null);
		}

		@Autowired
		public Validator(MessageSource messages) {
			this.messages = messages;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			return UnifiedSocialCreditCode.violation(UnifiedSocialCreditCode.normalize(value)).map(violation -> {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(escape(message(violation))).addConstraintViolation();
				return false;
			}).orElse(true);
		}

		private String message(UnifiedSocialCreditCode.Violation violation) {
			if (messages == null) {
				return violation.english();
			}
			return messages.getMessage(violation.key(), violation.args().toArray(), violation.english(),
					LocaleContextHolder.getLocale());
		}

		/**
		 * The problem quotes user input: keep it from being read as a message template.
		 */
		private static String escape(String message) {
			return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
		}

	}

}
