package org.kam.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files in a directory under the data directory ({@code kam.data-dir}/files). A file is
 * written to a temporary name first and moved into place, so a reader never sees half a
 * file.
 */
@Component
class LocalFileStorage implements FileStorage {

	/**
	 * Keys are paths of simple names: no "..", no absolute paths, nothing to escape with.
	 */
	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_.-]+)*");

	private final Path root;

	LocalFileStorage(@Value("${kam.data-dir:./data}") String dataDir) {
		this.root = Path.of(dataDir).toAbsolutePath().normalize().resolve("files");
	}

	@Override
	public long store(String key, InputStream content) throws IOException {
		Path target = resolve(key);
		if (Files.exists(target)) {
			throw new FileAlreadyExistsException(key);
		}
		Files.createDirectories(target.getParent());
		Path partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
		try {
			long written = Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			return written;
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(resolve(key));
	}

	@Override
	public boolean exists(String key) {
		return Files.isRegularFile(resolve(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(resolve(key));
	}

	private Path resolve(String key) {
		if (key == null || !KEY.matcher(key).matches() || key.contains("..")) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		Path path = root.resolve(key).normalize();
		if (!path.startsWith(root)) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return path;
	}

}
