package org.kam.account.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A tab's content rendered inside the account page's request, by the handler of the tab's
 * fragment (a servlet include): the account module knows a record kind's tab by its path
 * alone (RecordKind.Tab), and the page works without JavaScript. The page's own query
 * parameters are not passed on, so the fragment answers as for its bare path.
 */
final class TabInclude {

	private TabInclude() {
	}

	static String render(String path, HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		Captured captured = new Captured(response);
		request.getRequestDispatcher(path).include(new WithoutParameters(request), captured);
		return captured.text();
	}

	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public String getQueryString() {
			return null;
		}

	}

	/** Keeps what the fragment writes instead of sending it. */
	private static final class Captured extends HttpServletResponseWrapper {

		private final StringWriter text = new StringWriter();

		private final PrintWriter writer = new PrintWriter(text);

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		Captured(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			return new ServletOutputStream() {

				@Override
				public void write(int b) {
					bytes.write(b);
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setWriteListener(WriteListener listener) {
				}

			};
		}

		@Override
		public void flushBuffer() {
		}

		String text() {
			writer.flush();
			return text + bytes.toString(StandardCharsets.UTF_8);
		}

	}

}
