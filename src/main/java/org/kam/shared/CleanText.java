package org.kam.shared;

import java.text.Normalizer;

/**
 * The one rule for text that comes in, whatever the field and the module: trimmed, in
 * Unicode NFC (so that 客户 typed two ways is stored one way), line breaks as {@code \n},
 * and no control characters or direction overrides. A NUL makes PostgreSQL refuse the
 * row; a right-to-left override makes {@code \u202Egnp.exe} read as {@code exe.png}. Line
 * breaks and tabs stay allowed because notes, needs and descriptions are multi-line.
 * <p>
 * The web layer applies it to every string of a JSON body, a form, a query parameter and
 * an uploaded file's name, so modules never see text that breaks it.
 */
public final class CleanText {

	/** Message key of the refusal, and its English text. */
	public static final String MESSAGE_KEY = "validation.text.unsafe";

	public static final String MESSAGE = "must not contain control characters or text direction overrides";

	private CleanText() {
	}

	/**
	 * The text trimmed, in NFC, with {@code \r\n} and lone {@code \r} as {@code \n}.
	 * @throws Refused when it holds a character no field may hold
	 */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		String normalised = Normalizer.normalize(text, Normalizer.Form.NFC)
			.replace("\r\n", "\n")
			.replace('\r', '\n')
			.strip();
		int bad = firstRefused(normalised);
		if (bad >= 0) {
			throw new Refused(normalised.codePointAt(bad));
		}
		return normalised;
	}

	/**
	 * The text cleaned after dropping the characters {@link #clean} refuses: for a search
	 * box, where a pasted invisible mark should not stop the search.
	 */
	public static String withoutRefused(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder kept = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\r' || !refused(c)) {
				kept.append(c);
			}
		}
		return clean(kept.toString());
	}

	/** Whether the text holds a character that {@link #clean} refuses. */
	public static boolean isRefused(String text) {
		return text != null && firstRefused(text.replace("\r", "")) >= 0;
	}

	private static int firstRefused(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (refused(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	static boolean refused(char c) {
		if (c == '\n' || c == '\t') {
			return false;
		}
		return Character.isISOControl(c) // C0, DEL, C1
				|| c == '\u200E' || c == '\u200F' // left-to-right and right-to-left marks
				|| (c >= '\u202A' && c <= '\u202E') // embeddings and overrides
				|| (c >= '\u2066' && c <= '\u2069'); // isolates
	}

	/** Text holding a character no field may hold. */
	public static final class Refused extends IllegalArgumentException {

		private final int codePoint;

		Refused(int codePoint) {
			super(MESSAGE + " (found U+%04X)".formatted(codePoint));
			this.codePoint = codePoint;
		}

		public int codePoint() {
			return codePoint;
		}

	}

}
