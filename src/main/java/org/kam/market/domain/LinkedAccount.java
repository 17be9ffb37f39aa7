package org.kam.market.domain;

/** An account a report concerns, as the reader may see it. */
public record LinkedAccount(long id, String name) {
}
