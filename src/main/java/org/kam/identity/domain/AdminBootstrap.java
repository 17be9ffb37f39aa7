package org.kam.identity.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.kam.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the first start usable: creates {@code admin} with {@code KAM_ADMIN_PASSWORD}, or
 * with a random password printed once, because there is nobody yet who could create it.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	static final String ADMIN = "admin";

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserService userService;

	private final Users users;

	private final String configuredPassword;

	AdminBootstrap(UserService userService, Users users, @Value("${kam.admin-password:}") String configuredPassword) {
		this.userService = userService;
		this.users = users;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.existsByUsername(ADMIN)) {
			return;
		}
		boolean generated = configuredPassword == null || configuredPassword.isBlank();
		String password = generated ? randomPassword() : configuredPassword;
		userService.create(new UserForm(ADMIN, password, "Administrator", Set.of(Role.ADMIN), true, null));
		if (generated) {
			log.warn(
					"Created user 'admin' with the generated password: {}  (shown once; set KAM_ADMIN_PASSWORD to choose it)",
					password);
		}
		else {
			log.info("Created user 'admin' with the password from KAM_ADMIN_PASSWORD");
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
