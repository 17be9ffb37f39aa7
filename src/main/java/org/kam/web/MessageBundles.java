package org.kam.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The texts of the UI: {@code messages} for the platform and the archive, plus one bundle
 * per record module under {@code i18n/} ({@code i18n/communication_en.properties},
 * {@code …_zh_CN.properties}), found on the classpath so that a module brings its texts
 * without editing a shared file.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

	static final String MODULE_BUNDLES = "classpath*:i18n/*_en.properties";

	@Bean
	MessageSource messageSource() throws IOException {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames(basenames().toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	static List<String> basenames() throws IOException {
		TreeSet<String> modules = new TreeSet<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources(MODULE_BUNDLES)) {
			String file = resource.getFilename();
			if (file != null) {
				modules.add("i18n/" + file.substring(0, file.length() - "_en.properties".length()));
			}
		}
		List<String> names = new ArrayList<>();
		names.add("messages");
		names.addAll(modules);
		return names;
	}

}
