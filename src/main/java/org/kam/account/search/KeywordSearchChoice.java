package org.kam.account.search;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Chooses the keyword search once, at start-up: the search terms where the database keeps
 * them (PostgreSQL), the portable LIKE elsewhere (H2).
 */
@Configuration(proxyBeanMethods = false)
class KeywordSearchChoice {

	@Bean
	KeywordSearch keywordSearch(Database database, SearchTerms terms, JdbcClient jdbc,
			@Value("${kam.search.per-account-below}") long perAccountBelow,
			@Value("${kam.search.keyword-lookup:AUTO}") TermLookup.Choice choice) {
		return database.postgres() ? new TermLookup(terms, jdbc, perAccountBelow, choice) : new LikeScan();
	}

}
