package org.kam.shared;

import java.time.Duration;

import org.springframework.modulith.events.core.EventPublicationRegistry;

import static org.awaitility.Awaitility.await;

/**
 * Waits for the listeners that run after the writer committed
 * ({@code @ApplicationModuleListener}, on their own thread): a test that reads what they
 * write waits until no publication is left incomplete.
 */
public final class Deliveries {

	private Deliveries() {
	}

	public static void awaitAll(EventPublicationRegistry registry) {
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> registry.findIncompletePublications().isEmpty());
	}

}
