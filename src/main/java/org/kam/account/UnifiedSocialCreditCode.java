package org.kam.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a
 * 31-character alphabet (digits and capital letters without I, O, S, V, Z), the last one
 * a check character computed from the first 17 with weights 3^i mod 31.
 */
public final class UnifiedSocialCreditCode {

	public static final int LENGTH = 18;

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final String NEVER_USED = "IOSVZ";

	private UnifiedSocialCreditCode() {
	}

	/**
	 * Spaces (also full-width ones) are tolerated on input and dropped; letters are
	 * upper-cased.
	 */
	public static String normalize(String raw) {
		return raw.replaceAll("[\\s\\u3000]", "").toUpperCase(Locale.ROOT);
	}

	/**
	 * Why a normalized code is invalid, naming the rule it breaks; empty when it is
	 * valid.
	 */
	public static Optional<String> problem(String code) {
		return violation(code).map(Violation::english);
	}

	/**
	 * The broken rule as a message key (messages_*.properties) with its arguments, and in
	 * English.
	 */
	public static Optional<Violation> violation(String code) {
		if (code.length() != LENGTH) {
			return Optional.of(new Violation("validation.uscc.length", List.of(code.length()),
					"must be " + LENGTH + " characters long, not " + code.length()));
		}
		for (int i = 0; i < LENGTH; i++) {
			char c = code.charAt(i);
			if (ALPHABET.indexOf(c) < 0) {
				boolean neverUsed = NEVER_USED.indexOf(c) >= 0;
				String why = neverUsed ? "the letters I, O, S, V and Z are never used"
						: "only digits and capital letters may be used";
				return Optional.of(new Violation(neverUsed ? "validation.uscc.neverUsed" : "validation.uscc.character",
						List.of(String.valueOf(c), i + 1),
						"character '" + c + "' at position " + (i + 1) + " is not allowed: " + why));
			}
		}
		char expected = checkCharacter(code.substring(0, LENGTH - 1));
		if (code.charAt(LENGTH - 1) != expected) {
			return Optional.of(new Violation("validation.uscc.check", List.of(String.valueOf(expected)),
					"check character (the 18th) is wrong: it should be '" + expected
							+ "' for the first 17 characters"));
		}
		return Optional.empty();
	}

	/**
	 * A broken rule: {@code key} and {@code args} for the user's language,
	 * {@code english} for logs and defaults.
	 */
	public record Violation(String key, List<Object> args, String english) {

		public Violation {
			args = List.copyOf(args);
		}

	}

	public static boolean isValid(String code) {
		return problem(code).isEmpty();
	}

	/** The check character for the first 17 characters, which must be in the alphabet. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < LENGTH - 1; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return ALPHABET.charAt(check);
	}

}
