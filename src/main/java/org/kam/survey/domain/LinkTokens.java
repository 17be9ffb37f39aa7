package org.kam.survey.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of a survey link: 256 random bits from {@link SecureRandom}, URL-safe Base64
 * without padding (43 characters). Only its SHA-256 is stored, so a copy of the database
 * opens no link; a plain hash suffices because the token has full entropy (nothing to
 * guess word by word, unlike a password).
 */
final class LinkTokens {

	private static final int BYTES = 32;

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private LinkTokens() {
	}

	static String newToken() {
		byte[] bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether the text can be a token at all: anything else is not looked up. */
	static boolean wellFormed(String token) {
		return token != null && WELL_FORMED.matcher(token).matches();
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

}
