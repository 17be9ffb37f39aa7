package org.kam.survey.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests to the public survey pages per client address and time window: the pages need
 * no login, so this is what keeps a script from hammering them (or from guessing tokens,
 * hopeless as that is with 256 random bits). Runs before the security filters, so a
 * refused request costs no session and no database work. In memory, per node: a bound
 * against abuse, not an exact quota. Behind a reverse proxy, set
 * {@code server.forward-headers-strategy} so that the client's address is seen.
 */
class LinkRateLimiter extends OncePerRequestFilter {

	/** Beyond this many tracked addresses, finished windows are dropped. */
	private static final int MAX_TRACKED = 10_000;

	private final int limit;

	private final long windowMillis;

	private final Clock clock;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	LinkRateLimiter(int limit, Duration window, Clock clock) {
		this.limit = limit;
		this.windowMillis = window.toMillis();
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (allow(request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(429);
		response.setHeader("Retry-After", Long.toString(Math.max(1, windowMillis / 1000)));
		response.setContentType("text/plain;charset=UTF-8");
		response.getWriter().write("Too many requests. Please wait a minute and try again. 请求过于频繁，请稍后再试。");
	}

	boolean allow(String client) {
		long now = clock.millis();
		if (windows.size() > MAX_TRACKED) {
			windows.values().removeIf(w -> w.start + windowMillis <= now);
		}
		Window window = windows.compute(client, (key, current) -> current == null || current.start + windowMillis <= now
				? new Window(now, 1) : new Window(current.start, current.count + 1));
		return window.count <= limit;
	}

	private record Window(long start, int count) {
	}

}
