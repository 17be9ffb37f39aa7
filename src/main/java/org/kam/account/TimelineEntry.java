package org.kam.account;

import java.time.OffsetDateTime;

/**
 * One line of an account's timeline.
 *
 * @param kind the record kind, also the timeline's filter value (e.g.
 * {@code communications})
 * @param kindKey message key naming the kind
 * @param at when it happened; the timeline is newest first
 * @param title a short title, shown as text
 * @param detail one line of detail or {@code null}
 * @param href where the record is shown, or {@code null}
 */
public record TimelineEntry(String kind, String kindKey, OffsetDateTime at, String title, String detail, String href) {
}
