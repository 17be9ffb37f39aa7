package org.kam.shared;

/** The record exists but the current user may not do this with it. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
