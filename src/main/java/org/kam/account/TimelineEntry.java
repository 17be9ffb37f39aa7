package org.kam.account;

import java.time.OffsetDateTime;

import org.kam.shared.RecordKind;

/**
 * One line of an account's timeline.
 *
 * @param kind the record kind, named on the line by its label
 * @param at when it happened; the timeline is newest first
 * @param title a short title, shown as text
 * @param detail one line of detail or {@code null}
 * @param href where the record is shown, or {@code null}
 */
public record TimelineEntry(RecordKind kind, OffsetDateTime at, String title, String detail, String href) {
}
