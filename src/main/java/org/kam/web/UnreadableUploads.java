package org.kam.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.WebUtils;

/**
 * A multipart body that cannot be read (no boundary, a NUL in a file name, a refused file
 * name) fails while the DispatcherServlet unpacks it, before any handler is chosen, so no
 * controller advice applies and Spring answers 500. This is the client's fault: 400, in
 * the API's problem shape under /api (through {@link ErrorPages}), an error page
 * elsewhere. Runs after Spring's own resolvers, which keep the too-large case (413).
 */
@Component
class UnreadableUploads implements HandlerExceptionResolver, Ordered {

	private final ApiProblems problems;

	UnreadableUploads(ApiProblems problems) {
		this.problems = problems;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception e) {
		if (!(e instanceof MultipartException multipart)) {
			return null;
		}
		try {
			request.setAttribute(ErrorPages.PROBLEM, problems.unreadableUpload(multipart));
			// tells the DispatcherServlet not to unpack the body again for the error
			// dispatch
			request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE, multipart);
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return new ModelAndView();
		}
		catch (IOException | IllegalStateException failed) {
			return null;
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
