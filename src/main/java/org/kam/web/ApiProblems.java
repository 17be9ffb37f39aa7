package org.kam.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.kam.shared.CleanText;
import org.kam.shared.FieldProblem;
import org.kam.shared.ForbiddenException;
import org.kam.shared.InvalidInputException;
import org.kam.shared.NotFoundException;
import org.kam.shared.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The API's one error contract: RFC 9457 problem details for every error, with an
 * {@code errors} list of {field, message} when the request itself is at fault. Errors
 * that never reach a REST controller (an unknown path under /api, a filter's refusal) are
 * answered in the same shape by {@link ErrorPages}.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException e, Locale locale) {
		return validationProblem(e.problems().stream().map(problem -> problem.in(messages, locale)).toList());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
	ProblemDetail forbidden(RuntimeException e) {
		return problem(HttpStatus.FORBIDDEN,
				e instanceof ForbiddenException ? e.getMessage() : "Your roles do not allow this request.");
	}

	@ExceptionHandler(AuthenticationException.class)
	ProblemDetail unauthorized(AuthenticationException e) {
		return problem(HttpStatus.UNAUTHORIZED, "Sign in first.");
	}

	@ExceptionHandler(StaleVersionException.class)
	ProblemDetail stale(StaleVersionException e) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, e.getMessage());
		problem.setProperty("currentVersion", e.currentVersion());
		return problem;
	}

	/**
	 * Constraints the validation did not foresee; the database refused, nothing was
	 * written.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException e) {
		log.warn("Database refused a write: {}", e.getMostSpecificCause().getMessage());
		return problem(HttpStatus.CONFLICT, "The data conflicts with stored records and was not saved.");
	}

	/**
	 * A multipart body that cannot be read, or an uploaded file's name that
	 * {@link org.kam.shared.CleanText} refuses: the client's fault. (Too large is 413,
	 * handled by the base class.)
	 */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail unreadableUpload(MultipartException e) {
		Locale locale = LocaleContextHolder.getLocale();
		if (e instanceof CleanUploads.RefusedFileName refused) {
			return validationProblem(
					List.of(new FieldProblem(refused.field(), message(CleanText.MESSAGE_KEY, CleanText.MESSAGE))));
		}
		String detail = messages.getMessage("validation.multipart", null,
				"The upload could not be read: send multipart/form-data with a boundary"
						+ " and file names without control characters",
				locale);
		return problem(HttpStatus.BAD_REQUEST, detail);
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e) {
		log.error("Unexpected error", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side; nothing you sent was lost.");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = e.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldProblem(error.getField(), bindingMessage(error)))
			.toList();
		return ResponseEntity.badRequest().body(validationProblem(problems));
	}

	/**
	 * A list's query object says a value of the wrong type in the words a single request
	 * parameter would (lists bind their parameters into one query object).
	 */
	private String bindingMessage(FieldError error) {
		if (!error.isBindingFailure()) {
			return error.getDefaultMessage();
		}
		TypeMismatchException mismatch = error.contains(TypeMismatchException.class)
				? error.unwrap(TypeMismatchException.class) : null;
		if (mismatch == null || causeOfType(mismatch, CleanText.Refused.class) != null) {
			return messages.getMessage(error, LocaleContextHolder.getLocale());
		}
		// page and size were int parameters, the other numbers Integer ones: each keeps
		// its words
		boolean paging = error.getField().equals("page") || error.getField().equals("size");
		Class<?> type = paging && mismatch.getRequiredType() == Integer.class ? int.class : mismatch.getRequiredType();
		return wrongType(type);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = e.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(validationProblem(problems));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// Not getMostSpecificCause(): Jackson chains e.g. a DateTimeParseException under
		// the exception that knows the field.
		MismatchedInputException mismatch = causeOfType(e, MismatchedInputException.class);
		Throwable cause = e.getMostSpecificCause();
		if (mismatch != null && !mismatch.getPath().isEmpty()) {
			String field = path(mismatch);
			String message = mismatch instanceof JsonInput.RefusedValue refused
					? message(refused.key(), refused.english()) : expected(mismatch);
			return ResponseEntity.badRequest().body(validationProblem(List.of(new FieldProblem(field, message))));
		}
		String detail = cause instanceof JacksonException
				? "The body is not valid JSON: " + firstLine(cause.getMessage())
				: "The request body is missing or unreadable.";
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, detail));
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
		if (causeOfType(e, CleanText.Refused.class) != null) {
			return ResponseEntity.badRequest()
				.body(validationProblem(
						List.of(new FieldProblem(field, message(CleanText.MESSAGE_KEY, CleanText.MESSAGE)))));
		}
		String message = wrongType(e.getRequiredType());
		return ResponseEntity.badRequest().body(validationProblem(List.of(new FieldProblem(field, message))));
	}

	private static String wrongType(Class<?> type) {
		return type != null && type.isEnum() ? "must be one of " + enumValues(type)
				: "must be a " + (type == null ? "valid value" : type.getSimpleName().toLowerCase());
	}

	private String message(String key, String english) {
		return messages.getMessage(key, null, english, LocaleContextHolder.getLocale());
	}

	private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
		for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	private static String expected(MismatchedInputException e) {
		Class<?> type = e.getTargetType();
		if (type != null && type.isEnum()) {
			return "must be one of " + enumValues(type);
		}
		if (e instanceof InvalidFormatException) {
			return "is not a valid " + (type == null ? "value" : describe(type));
		}
		return "has the wrong type" + (type == null ? "" : ": expected " + describe(type));
	}

	private static String describe(Class<?> type) {
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "number";
		}
		if (type == LocalDate.class) {
			return "date (yyyy-MM-dd)";
		}
		if (Collection.class.isAssignableFrom(type)) {
			return "list";
		}
		return type.getSimpleName().toLowerCase();
	}

	private static String path(JacksonException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : e.getPath()) {
			if (ref.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String enumValues(Class<?> type) {
		return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

	private static ProblemDetail validationProblem(List<FieldProblem> problems) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
		problem.setTitle("Invalid request");
		problem.setProperty("errors", problems);
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		return ProblemDetail.forStatusAndDetail(status, detail);
	}

}
