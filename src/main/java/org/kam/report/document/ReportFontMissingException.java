package org.kam.report.document;

/**
 * The CJK font that PDF reports need is not installed: without it Chinese text would come
 * out blank, so no PDF is made.
 */
public class ReportFontMissingException extends RuntimeException {

	ReportFontMissingException(String message, Throwable cause) {
		super(message, cause);
	}

}
