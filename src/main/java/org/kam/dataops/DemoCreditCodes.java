package org.kam.dataops;

import org.kam.account.UnifiedSocialCreditCode;

/**
 * Valid, unique unified social credit codes for demo accounts. The organization code
 * (characters 9 to 17) is the running index scrambled by a bijection modulo 31^8, so two
 * indexes never share a code while the codes still look random, plus its GB 11714 check
 * character; the 18th character is the USCC check character.
 */
final class DemoCreditCodes {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final long SPACE = pow31(8);

	/** Not a multiple of 31, so multiplying by it permutes the residues modulo 31^8. */
	private static final long MULTIPLIER = 387_420_489L;

	private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	/** 9 = registered with the market regulator, 1 = enterprise. */
	private static final String ENTERPRISE = "91";

	private final long offset;

	DemoCreditCodes(long seed) {
		this.offset = Math.floorMod(seed * 0x9E3779B97F4A7C15L, SPACE);
	}

	/** An int index keeps {@code index * MULTIPLIER} inside a long. */
	String code(int index, String divisionCode) {
		if (index < 0) {
			throw new IllegalArgumentException("index must not be negative: " + index);
		}
		String first17 = ENTERPRISE + divisionCode
				+ organizationCode(Math.floorMod(index * MULTIPLIER + offset, SPACE));
		return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
	}

	private static String organizationCode(long value) {
		char[] body = new char[8];
		for (int i = 7; i >= 0; i--) {
			body[i] = ALPHABET.charAt((int) (value % 31));
			value /= 31;
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += Character.digit(body[i], 36) * ORG_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		char checkChar = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
		return new String(body) + checkChar;
	}

	private static long pow31(int exponent) {
		long result = 1;
		for (int i = 0; i < exponent; i++) {
			result *= 31;
		}
		return result;
	}

}
