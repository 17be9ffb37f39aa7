package org.kam.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Someone saved the record first; the client must reload rather than overwrite. */
@ResponseStatus(HttpStatus.CONFLICT)
public class StaleVersionException extends RuntimeException {

	private final long currentVersion;

	public StaleVersionException(String what, Object id, long currentVersion) {
		super(what + " " + id + " was changed by someone else; the current version is " + currentVersion);
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return currentVersion;
	}

}
