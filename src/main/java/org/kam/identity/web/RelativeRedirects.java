package org.kam.identity.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every redirect KAM sends is relative, so that the Host header a client sent never comes
 * back in a Location (a poisoned cache or a link to another site). Spring Security builds
 * absolute URLs from the request's host (the login page, the page asked for before
 * signing in) and the servlet container turns relative ones into absolute ones for
 * HTTP/1.0: instead, an absolute URL naming the request's own host loses its origin, and
 * the Location is written as is. A redirect to another host, made on purpose, is kept.
 */
class RelativeRedirects extends OncePerRequestFilter {

	/** scheme://authority, then the rest. */
	private static final Pattern ABSOLUTE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]*)(.*)$",
			Pattern.DOTALL);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new Relative(request, response));
	}

	static String relative(HttpServletRequest request, String location) {
		Matcher absolute = ABSOLUTE.matcher(location);
		if (!absolute.matches() || !sameHost(host(absolute.group(1)), request.getServerName())) {
			return location;
		}
		String rest = absolute.group(2);
		return rest.startsWith("/") ? rest : "/" + rest;
	}

	private static String host(String authority) {
		String host = authority.substring(authority.lastIndexOf('@') + 1);
		if (host.startsWith("[")) {
			int end = host.indexOf(']');
			return end < 0 ? host : host.substring(0, end + 1);
		}
		int colon = host.indexOf(':');
		return colon < 0 ? host : host.substring(0, colon);
	}

	private static boolean sameHost(String host, String serverName) {
		return serverName != null
				&& (host.equalsIgnoreCase(serverName) || host.equalsIgnoreCase("[" + serverName + "]"));
	}

	private static final class Relative extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		Relative(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			sendRedirect(location, SC_FOUND, true);
		}

		@Override
		public void sendRedirect(String location, boolean clearBuffer) throws IOException {
			sendRedirect(location, SC_FOUND, clearBuffer);
		}

		@Override
		public void sendRedirect(String location, int status) throws IOException {
			sendRedirect(location, status, true);
		}

		@Override
		public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
			if (isCommitted()) {
				throw new IllegalStateException("Cannot redirect: the response is already committed");
			}
			if (clearBuffer) {
				resetBuffer();
			}
			setStatus(status);
			setHeader("Location", relative(request, location));
			// not committed here, unlike the container's own redirect: a session may
			// still
			// be created after it (its cookie must still be sendable)
		}

	}

}
