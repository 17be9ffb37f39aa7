package org.kam.contract.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The kinds of file an attachment may be, as recognised from the bytes (see
 * {@link FileSniffer}); what a client says about its file is never trusted.
 */
public enum FileKind {

	PDF("application/pdf", "pdf"), PNG("image/png", "png"), JPEG("image/jpeg", "jpg", "jpeg", "jpe", "jfif"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	TEXT("text/plain;charset=UTF-8", "txt", "text", "csv", "tsv", "md", "log");

	private final String mediaType;

	private final String extension;

	private final Set<String> extensions;

	FileKind(String mediaType, String extension, String... others) {
		this.mediaType = mediaType;
		this.extension = extension;
		Set<String> all = new HashSet<>(List.of(others));
		all.add(extension);
		this.extensions = Set.copyOf(all);
	}

	public String mediaType() {
		return mediaType;
	}

	/** The usual extension of this kind, e.g. {@code pdf}. */
	public String extension() {
		return extension;
	}

	/**
	 * Whether a file of this kind may carry the extension (lower case, without the dot):
	 * a name that says otherwise would open the file in the wrong program.
	 */
	public boolean isNamedBy(String extension) {
		return extensions.contains(extension);
	}

}
