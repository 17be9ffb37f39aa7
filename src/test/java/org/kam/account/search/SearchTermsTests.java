package org.kam.account.search;

import org.junit.jupiter.api.Test;
import org.kam.support.BothDatabases;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The search terms' view of a keyword, on each database. */
@BothDatabases
class SearchTermsTests {

	@Autowired
	SearchTerms searchTerms;

	@Test
	void aKeywordsPairsAreCountedInCharactersNotChars() {
		assertThat(SearchTerms.pairs("a华𠀋b")).containsExactly("a华", "华𠀋", "𠀋b");
		String rarest = searchTerms.kept() ? searchTerms.rarestPair("华信科技") : "华信";
		assertThat(rarest).isIn("华信", "信科", "科技");
	}

}
