package org.kam.account;

import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kam.account.domain.AccountForm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GB 32100-2015 codes: normalization, the alphabet, the length and the check character.
 */
class UnifiedSocialCreditCodeTests {

	/** Codes of real, registered companies, as published. */
	static final List<String> REAL_CODES = List.of("91110000600037341L", "9144030071526726XG", "914403001922038216",
			"91330100716105852F", "91110108551385082Q");

	static ValidatorFactory factory;

	static Validator validator;

	@BeforeAll
	static void buildValidator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void closeValidator() {
		factory.close();
	}

	@Test
	void realCodesAreValid() {
		for (String code : REAL_CODES) {
			assertThat(UnifiedSocialCreditCode.problem(code)).as(code).isEmpty();
			assertThat(UnifiedSocialCreditCode.isValid(code)).as(code).isTrue();
		}
	}

	@Test
	void theCheckCharacterIsComputedFromTheFirstSeventeen() {
		for (String code : REAL_CODES) {
			assertThat(UnifiedSocialCreditCode.checkCharacter(code.substring(0, 17))).as(code)
				.isEqualTo(code.charAt(17));
		}
	}

	@Test
	void normalizationDropsSpacesAndFullWidthSpacesAndUpperCases() {
		assertThat(UnifiedSocialCreditCode.normalize("9144 0300 7152 6726xg")).isEqualTo("9144030071526726XG");
		assertThat(UnifiedSocialCreditCode.normalize("\u30009111\u30000000 6000\t37341l\u3000"))
			.isEqualTo("91110000600037341L");
		assertThat(UnifiedSocialCreditCode.normalize(" 91330100716105852f ")).isEqualTo("91330100716105852F");
		assertThat(UnifiedSocialCreditCode.isValid(UnifiedSocialCreditCode.normalize("9144 0300 7152 6726xg")))
			.isTrue();
	}

	@Test
	void aCodeMustBeEighteenCharactersLong() {
		assertThat(UnifiedSocialCreditCode.problem("91110000600037341"))
			.hasValueSatisfying(message -> assertThat(message).contains("18 characters").contains("not 17"));
		assertThat(UnifiedSocialCreditCode.problem("91110000600037341L0"))
			.hasValueSatisfying(message -> assertThat(message).contains("18 characters").contains("not 19"));
		assertThat(UnifiedSocialCreditCode.isValid("")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(chars = { 'I', 'O', 'S', 'V', 'Z' })
	void theLettersIOSVAndZAreNeverUsed(char letter) {
		String code = "9111000060003734" + letter + "L";

		assertThat(UnifiedSocialCreditCode.problem(code))
			.hasValueSatisfying(message -> assertThat(message).contains("'" + letter + "'")
				.contains("position 17")
				.contains("I, O, S, V and Z are never used"));
	}

	@Test
	void symbolsAndLowerCaseLettersAreNotInTheAlphabet() {
		assertThat(UnifiedSocialCreditCode.problem("91110000*00037341L"))
			.hasValueSatisfying(message -> assertThat(message).contains("'*'")
				.contains("position 9")
				.contains("only digits and capital letters"));
		// problem() expects a normalized code: an unnormalized lower-case letter is
		// refused, not guessed at
		assertThat(UnifiedSocialCreditCode.problem("91110000600037341l"))
			.hasValueSatisfying(message -> assertThat(message).contains("'l'").contains("position 18"));
	}

	@Test
	void aWrongCheckCharacterNamesTheExpectedOne() {
		assertThat(UnifiedSocialCreditCode.problem("91110000600037341A"))
			.hasValueSatisfying(message -> assertThat(message).contains("check character").contains("should be 'L'"));
		assertThat(UnifiedSocialCreditCode.problem("9144030071526726XH"))
			.hasValueSatisfying(message -> assertThat(message).contains("should be 'G'"));
	}

	@Test
	void theValidUsccAnnotationAcceptsRealNormalizableAndMissingCodes() {
		assertThat(validator.validate(form("91110000600037341L"))).isEmpty();
		assertThat(validator.validate(form("9144 0300 7152 6726xg"))).isEmpty();
		assertThat(validator.validate(form("\u3000914403001922038216\u3000"))).isEmpty();
		assertThat(validator.validate(form(null))).isEmpty();
		assertThat(validator.validate(form("   "))).isEmpty();
	}

	@Test
	void theValidUsccAnnotationNamesTheRuleABadCodeBreaks() {
		assertThat(usccMessages("91110000600037341A")).singleElement().asString().contains("should be 'L'");
		assertThat(usccMessages("9111000060003734OL")).singleElement()
			.asString()
			.contains("'O'")
			.contains("never used");
		assertThat(usccMessages("9111000060003734")).singleElement().asString().contains("not 16");
	}

	@Test
	void theValidUsccMessageQuotesInputWithoutInterpretingItAsATemplate() {
		// 18 characters, the 9th one a brace: the message must quote it literally
		assertThat(usccMessages("91110000{00037341L")).singleElement().asString().contains("'{'");
		assertThat(usccMessages("91110000$00037341L")).singleElement().asString().contains("'$'");
	}

	private static List<String> usccMessages(String uscc) {
		Set<ConstraintViolation<AccountForm>> violations = validator.validate(form(uscc));
		assertThat(violations).allSatisfy(v -> assertThat(v.getPropertyPath().toString()).isEqualTo("uscc"));
		return violations.stream().map(ConstraintViolation::getMessage).toList();
	}

	private static AccountForm form(String uscc) {
		return new AccountForm("Valid Co", uscc, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null);
	}

}
