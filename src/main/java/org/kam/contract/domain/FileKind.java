package org.kam.contract.domain;

/**
 * The kinds of file an attachment may be, as recognised from the bytes (see
 * {@link FileSniffer}); what a client says about its file is never trusted.
 */
public enum FileKind {

	PDF("application/pdf", "pdf"), PNG("image/png", "png"), JPEG("image/jpeg", "jpg"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	TEXT("text/plain;charset=UTF-8", "txt");

	private final String mediaType;

	private final String extension;

	FileKind(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

}
