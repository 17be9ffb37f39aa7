package org.kam.web;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches the servlet container's error dispatch: a problem+json for API
 * paths, a page in the user's language for everything else. Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

	/**
	 * Request attribute: the problem to answer with, set by whoever sent the error (e.g.
	 * {@link UnreadableUploads}).
	 */
	static final String PROBLEM = ErrorPages.class.getName() + ".problem";

	@RequestMapping("/error")
	Object error(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			return openedDirectly(request);
		}
		HttpStatus status = status(request);
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null && path.startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = request.getAttribute(PROBLEM) instanceof ProblemDetail given
					&& given.getStatus() == status.value() ? given : ProblemDetail.forStatus(status);
			problem.setInstance(URI.create(path));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return page(status);
	}

	/**
	 * {@code /error} typed into the address bar or called by a client: there is no error
	 * to show, and no server fault either (Spring's default answers 500 here).
	 */
	private static Object openedDirectly(HttpServletRequest request) {
		HttpStatus status = HttpStatus.BAD_REQUEST;
		String accept = request.getHeader("Accept");
		if (accept != null && accept.contains("text/html")) {
			return page(status);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				"/error shows the errors of other requests; there is none to show.");
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ModelAndView page(HttpStatus status) {
		String view = switch (status.value()) {
			case 403, 404 -> "error/" + status.value();
			default -> status.is4xxClientError() ? "error/4xx" : "error/500";
		};
		return new ModelAndView(view, Map.of("status", status.value()), status);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

}
