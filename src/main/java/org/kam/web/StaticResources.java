package org.kam.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files, each under the path it is served from, instead of Spring Boot's
 * catch-all {@code /**} (switched off with spring.web.resources.add-mappings=false). With
 * webjars-locator-lite the resource chain is on, and its URL encoding asks every resource
 * handler whose pattern matches about every link a page builds: behind {@code /**} that
 * was a classpath search for /accounts/42 and every other page link, uncached because it
 * finds nothing, about half the CPU of a page (docs/benchmarks.md, "Account page under
 * load"). Page links now match no pattern; webjar links still get their version.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
		registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/").resourceChain(true);
	}

}
