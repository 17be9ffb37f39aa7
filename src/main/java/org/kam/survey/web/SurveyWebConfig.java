package org.kam.survey.web;

import java.time.Clock;
import java.time.Duration;

import org.kam.shared.PublicPaths;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The guard in front of the public links. */
@Configuration(proxyBeanMethods = false)
class SurveyWebConfig {

	/**
	 * At most {@code kam.survey.link.requests} requests per client address and
	 * {@code kam.survey.link.window} to {@code /s/**}; ahead of Spring Security's
	 * filters.
	 */
	@Bean
	FilterRegistrationBean<LinkRateLimiter> surveyLinkRateLimiter(@Value("${kam.survey.link.requests:60}") int requests,
			@Value("${kam.survey.link.window:1m}") Duration window, Clock clock) {
		FilterRegistrationBean<LinkRateLimiter> registration = new FilterRegistrationBean<>(
				new LinkRateLimiter(requests, window, clock));
		registration.addUrlPatterns(SurveyLinks.PREFIX + "*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * A customer answers a survey link without signing in; the link's token is checked.
	 */
	@Bean
	PublicPaths surveyLinks() {
		return PublicPaths.of(SurveyLinks.PREFIX + "**");
	}

}
