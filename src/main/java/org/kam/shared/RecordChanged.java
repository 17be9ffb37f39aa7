package org.kam.shared;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An account, a contact or a record of any kind was created, changed or deleted:
 * published by the owning module's service in the writing transaction, after the write
 * succeeded (docs/events.md).
 * <p>
 * {@code changes} holds the fields that differ, each with its old and new value as text:
 * on {@link Type#CREATED} every field that has a value (old values null), on
 * {@link Type#CHANGED} only those that changed (a save that changes nothing publishes no
 * event), on {@link Type#DELETED} every field that had a value (new values null), so that
 * a listener never has to read a row that is gone. Bookkeeping (id, version, created and
 * updated times and users) and values derived from others (names shown beside ids, "is
 * breaching") are left out; {@code at} and {@code userId} say when and by whom.
 * <p>
 * <b>Personal data</b> travels in these events and is stored with them until every
 * listener has completed: a contact's {@code name}, {@code title}, {@code phone},
 * {@code email}, {@code birthday}, {@code preferences} and {@code notes}; a survey's
 * {@code respondentName}; a development plan's stakeholders (contact names). A listener
 * that keeps events (audit, history, webhooks) must treat these fields as personal data.
 * No secret is ever part of an event: passwords, password changes and sign-ins are not
 * record events, and a survey invitation's events carry neither its token nor the token's
 * hash.
 *
 * @param kind the kind of record, e.g. {@code account}, {@code contract}; a module's
 * {@code KIND}
 * @param id the record's id
 * @param accountId the account it belongs to (for an account its own id), or null when it
 * belongs to none (a market report)
 * @param userId who wrote it, or null when no signed-in user did (a customer answering a
 * survey invitation)
 * @param at when
 * @param type created, changed or deleted
 * @param changes the fields with their old and new values, in the record's order
 */
public record RecordChanged(String kind, long id, Long accountId, Long userId, Instant at, Type type,
		List<FieldChange> changes) {

	public RecordChanged {
		changes = List.copyOf(changes);
	}

	/** What happened to the record. */
	public enum Type {

		CREATED, CHANGED, DELETED

	}

	public boolean is(String kind) {
		return this.kind.equals(kind);
	}

	/** The change of one field, if it changed. */
	public Optional<FieldChange> change(String field) {
		return changes.stream().filter(c -> c.field().equals(field)).findFirst();
	}

}
