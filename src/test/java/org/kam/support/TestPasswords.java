package org.kam.support;

import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes the tests' passwords with bcrypt at its lowest cost (4) instead of the
 * application's 10. Every API call with HTTP Basic checks its password again, and at cost
 * 10 that was most of an API test's time on a loaded two-core machine. The hashes keep
 * the application's format ({@code {bcrypt}$2a$04$…}); hashes of any other kind or cost
 * are still checked by the application's own encoder.
 */
final class TestPasswords implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final int LOWEST_BCRYPT_COST = 4;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof PasswordEncoder application && "passwordEncoder".equals(beanName)
						? cheap(application) : bean;
			}

		});
	}

	private static PasswordEncoder cheap(PasswordEncoder application) {
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(LOWEST_BCRYPT_COST)));
		encoder.setDefaultPasswordEncoderForMatches(application);
		return encoder;
	}

}
