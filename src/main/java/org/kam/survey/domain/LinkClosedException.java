package org.kam.survey.domain;

import java.util.Locale;

/** A survey link that can no longer be answered: used, expired or revoked. */
public class LinkClosedException extends RuntimeException {

	private final LinkState state;

	public LinkClosedException(LinkState state) {
		super("The survey link is " + state.name().toLowerCase(Locale.ROOT));
		this.state = state;
	}

	public LinkState state() {
		return state;
	}

}
