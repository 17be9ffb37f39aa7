package org.kam.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * The running application with the limits that the suite otherwise raises or leaves long:
 * the login address limit as in application.yml, a public survey link limit of five an
 * hour, and clients' addresses taken from X-Forwarded-For (trusted from the local test
 * client as behind a proxy on a private address). The classes that test those limits
 * carry it next to their database annotation, so that they share one application context
 * instead of starting one each; nothing else on it counts against their limits.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = { "server.forward-headers-strategy=native", "kam.login.address-max-failures=20",
		"kam.survey.link.requests=5", "kam.survey.link.window=1h" })
public @interface LimitsUnderTest {

}
