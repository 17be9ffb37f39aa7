package org.kam.shared;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input that passed the syntax checks but breaks a rule; answered with 400 and the field
 * list. Each problem carries a message key so that pages and the API can say it in the
 * user's language, and the English text as the default.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

	private final List<Problem> problems;

	public InvalidInputException(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String key, String english, Object... args) {
		this(List.of(new Problem(field, key, List.of(args), english)));
	}

	public List<Problem> problems() {
		return problems;
	}

	/**
	 * Puts the problems on a form's errors, each on its field, or on the whole form when
	 * the form has no such field; pages then show them in the user's language.
	 */
	public void rejectInto(Errors errors) {
		for (Problem problem : problems) {
			try {
				errors.rejectValue(problem.field(), problem.key(), problem.args().toArray(), problem.english());
			}
			catch (NotReadablePropertyException e) {
				errors.reject(problem.key(), problem.args().toArray(), problem.english());
			}
		}
	}

	/**
	 * One broken rule: the field, the message key and its arguments, the English message.
	 */
	public record Problem(String field, String key, List<Object> args, String english) {

		public Problem {
			args = List.copyOf(args);
		}

		public FieldProblem in(MessageSource messages, Locale locale) {
			return new FieldProblem(field, messages.getMessage(key, args.toArray(), english, locale));
		}

	}

}
