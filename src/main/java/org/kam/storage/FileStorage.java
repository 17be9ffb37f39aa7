package org.kam.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where files live, addressed by a key the caller chooses (e.g. {@code contracts/42/…}).
 * Modules never touch the file system themselves, so that several application nodes can
 * share one store.
 */
public interface FileStorage {

	/**
	 * Stores the stream's bytes under the key, replacing nothing: a key that is already
	 * taken is an error. Answers the number of bytes written.
	 */
	long store(String key, InputStream content) throws IOException;

	/** The stored bytes; the caller closes the stream. */
	InputStream open(String key) throws IOException;

	/** Whether something is stored under the key. */
	boolean exists(String key);

	/** Removes the file if it is there (to undo a store whose record was not saved). */
	void delete(String key) throws IOException;

}
