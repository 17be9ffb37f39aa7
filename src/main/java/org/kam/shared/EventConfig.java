package org.kam.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Listeners of another module ({@code @ApplicationModuleListener}) run on their own
 * thread after the writer committed, so that a slow or failing listener neither delays
 * nor fails the user's request; the event publication registry retries a failed one
 * (docs/events.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class EventConfig {

}
