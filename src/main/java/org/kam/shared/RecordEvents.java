package org.kam.shared;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes a {@link RecordChanged} for a write a service has just made, in its
 * transaction: the event and its stored publications commit or roll back with the write.
 */
@Component
public class RecordEvents {

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	RecordEvents(ApplicationEventPublisher publisher, Clock clock) {
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * A record was created; {@code after} is the record as read back, answered so that
	 * the service can return it.
	 */
	public <R extends Record> R created(String kind, long id, Long accountId, Long userId, R after) {
		publish(kind, id, accountId, userId, RecordChanged.Type.CREATED, FieldChange.between(null, after));
		return after;
	}

	/**
	 * A record was changed; nothing is published when no field differs. Answers
	 * {@code after}, as {@link #created} does.
	 */
	public <R extends Record> R changed(String kind, long id, Long accountId, Long userId, Record before, R after) {
		List<FieldChange> changes = FieldChange.between(before, after);
		if (!changes.isEmpty()) {
			publish(kind, id, accountId, userId, RecordChanged.Type.CHANGED, changes);
		}
		return after;
	}

	/** A record was deleted; {@code before} is the record as it was. */
	public void deleted(String kind, long id, Long accountId, Long userId, Record before) {
		publish(kind, id, accountId, userId, RecordChanged.Type.DELETED, FieldChange.between(before, null));
	}

	private void publish(String kind, long id, Long accountId, Long userId, RecordChanged.Type type,
			List<FieldChange> changes) {
		publisher.publishEvent(new RecordChanged(kind, id, accountId, userId, clock.instant(), type, changes));
	}

}
