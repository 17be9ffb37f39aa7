package org.kam.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
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

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemResponses problems) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
			.requestMatchers("/actuator/**").hasRole("ADMIN")
			.requestMatchers("/api/v1/users", "/api/v1/users/**").hasRole("ADMIN")
			.anyRequest().authenticated())
			.httpBasic(basic -> basic.realmName("KAM").authenticationEntryPoint(problems::unauthorized))
			.formLogin(Customizer.withDefaults())
			.csrf(csrf -> csrf.ignoringRequestMatchers(NO_SESSION_TO_FORGE))
			.requestCache(cache -> cache.requestCache(pagesOnly()))
			.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(problems::unauthorized, API)
				.defaultAccessDeniedHandlerFor(problems::forbidden, API));
		return http.build();
	}

	/** Remembers where a signed-out browser was going; API calls get no session for that. */
	private static HttpSessionRequestCache pagesOnly() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(new NegatedRequestMatcher(API));
		return cache;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
