package org.kam.identity.web;

import org.kam.identity.domain.SessionValidity;
import org.kam.identity.domain.ThrottledSignIn;
import org.kam.shared.PublicPaths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Least privilege: everything needs a signed-in user unless listed
 * here; record-level rules live in the governance policy and are applied in SQL.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	/** API clients using HTTP Basic send no cookies, so CSRF cannot touch them. */
	private static final RequestMatcher BASIC_AUTH = request -> {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	};

	private static final RequestMatcher API = request -> request.getRequestURI()
		.startsWith(request.getContextPath() + "/api/");

	/**
	 * CSRF protects what a session cookie authorizes. An API call that brings Basic
	 * credentials or no session has nothing to forge, and must reach authentication to be
	 * told 401 rather than be refused as a forgery.
	 */
	private static final RequestMatcher NO_SESSION_TO_FORGE = request -> BASIC_AUTH.matches(request)
			|| (API.matches(request) && !request.isRequestedSessionIdValid());

	/** Scripts and styles only from our own files: injected markup cannot run. */
	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemResponses problems, SessionValidity validity,
			ThrottledSignIn signIn, ObjectProvider<PublicPaths> publicPaths) throws Exception {
		String[] modulesPublic = publicPaths.orderedStream()
			.flatMap(paths -> paths.patterns().stream())
			.toArray(String[]::new);
		http.authorizeHttpRequests(requests -> {
			requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/login", "/language/**",
						"/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				.requestMatchers("/api/v1/users", "/api/v1/users/**", "/admin/**")
				.hasRole("ADMIN");
			// what modules serve without sign-in (a customer's survey link), after
			// the admin rules so that no module can open an admin address
			if (modulesPublic.length > 0) {
				requests.requestMatchers(modulesPublic).permitAll();
			}
			requests.anyRequest().authenticated();
		})
			.httpBasic(basic -> basic.realmName("KAM").authenticationEntryPoint(problems::unauthorized))
			// the only way to check a password: no fallback that would skip the throttle
			.authenticationManager(new ProviderManager(signIn))
			// one answer for every failed sign-in (/login?error): it tells nobody who
			// exists
			.formLogin(form -> form.loginPage("/login").failureUrl("/login?error").permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.csrf(csrf -> csrf.ignoringRequestMatchers(NO_SESSION_TO_FORGE))
			.requestCache(cache -> cache.requestCache(pagesOnly()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(problems::unauthorized, API)
				.defaultAccessDeniedHandlerFor(problems::forbidden, API)
				// with a single mapping Spring would use the API's handler for pages too
				.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
			// after every way of signing in, before the anonymous user and the access
			// rules
			.addFilterAfter(new RevokedSessions(validity), BasicAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * Remembers where a signed-out browser was going; API calls get no session for that.
	 * After signing in the browser goes back to exactly that address: without a matching
	 * parameter (Spring adds {@code continue} by default, which then shows in the address
	 * bar), the saved request is looked up in the session on each request instead.
	 */
	private static HttpSessionRequestCache pagesOnly() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(new NegatedRequestMatcher(API));
		cache.setMatchingRequestParameterName(null);
		return cache;
	}

	/** Before every other filter, so that each redirect is made relative. */
	@Bean
	FilterRegistrationBean<RelativeRedirects> relativeRedirects() {
		FilterRegistrationBean<RelativeRedirects> registration = new FilterRegistrationBean<>(new RelativeRedirects());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
