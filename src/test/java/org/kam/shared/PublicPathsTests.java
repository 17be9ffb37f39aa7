package org.kam.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A module opens its own addresses to signed-out people, never the whole application. */
class PublicPathsTests {

	@Test
	void keepsAModulesOwnPaths() {
		assertThat(PublicPaths.of("/s/**").patterns()).containsExactly("/s/**");
	}

	@Test
	void refusesPathsThatWouldOpenEverything() {
		assertThatThrownBy(() -> PublicPaths.of("/**")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PublicPaths.of("/")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PublicPaths.of("s/**")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(PublicPaths::of).isInstanceOf(IllegalArgumentException.class);
	}

}
