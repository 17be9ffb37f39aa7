package org.kam.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one rule for incoming text. */
class CleanTextTests {

	@Test
	void trimsAndComposesToNfc() {
		assertThat(CleanText.clean("  Cafe\u0301 Ltd \u3000")).isEqualTo("Caf\u00e9 Ltd");
		assertThat(CleanText.clean("杭州云帆")).isEqualTo("杭州云帆");
		assertThat(CleanText.clean(null)).isNull();
	}

	@Test
	void keepsLineBreaksAndTabsAsOneKindOfLineBreak() {
		assertThat(CleanText.clean("first\r\nsecond\rthird\n\tindented")).isEqualTo("first\nsecond\nthird\n\tindented");
	}

	@Test
	void aNameOfOnlyWhiteSpaceBecomesEmpty() {
		assertThat(CleanText.clean(" \t\n ")).isEmpty();
	}

	@Test
	void refusesNulAndOtherControlCharacters() {
		for (String bad : new String[] { "\u0000", "A\u0000B", "bell\u0007", "escape\u001b[31m", "delete\u007f",
				"c1\u0085", "c1\u009b" }) {
			assertThatThrownBy(() -> CleanText.clean(bad)).as(bad).isInstanceOf(CleanText.Refused.class);
			assertThat(CleanText.isRefused(bad)).isTrue();
		}
	}

	@Test
	void refusesDirectionOverridesIsolatesAndMarks() {
		for (char c : new char[] { '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
				'\u2069', '\u200E', '\u200F' }) {
			String bad = c + "gnp.exe";
			assertThatThrownBy(() -> CleanText.clean(bad)).as("U+%04X", (int) c)
				.isInstanceOf(CleanText.Refused.class)
				.hasMessageContaining("U+%04X".formatted((int) c));
		}
	}

	@Test
	void forASearchTheRefusedCharactersCanBeDropped() {
		assertThat(CleanText.withoutRefused(" \u200e华信\u0000科技\r\n ")).isEqualTo("华信科技");
	}

	@Test
	void acceptsOrdinaryTextOfEveryScript() {
		String text = "深圳华信科技有限公司 (Shenzhen) – «ok» ✓ 😀 عربي";
		assertThat(CleanText.clean(text)).isEqualTo(text);
		assertThat(CleanText.isRefused(text)).isFalse();
	}

}
