package org.kam.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/** Checks that apply to every API request before its handler runs. */
@Configuration(proxyBeanMethods = false)
class ApiRequests implements WebMvcConfigurer {

	private final ObjectProvider<RequestMappingHandlerAdapter> adapter;

	ApiRequests(ObjectProvider<RequestMappingHandlerAdapter> adapter) {
		this.adapter = adapter;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new KnownParameters(adapter)).addPathPatterns("/api/**");
	}

}
