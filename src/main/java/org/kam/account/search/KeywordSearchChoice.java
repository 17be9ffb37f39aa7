package org.kam.account.search;

import org.kam.shared.Database;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Chooses the keyword search once, at start-up: the search documents where the database
 * keeps them (PostgreSQL), the portable LIKE elsewhere (H2).
 */
@Configuration(proxyBeanMethods = false)
class KeywordSearchChoice {

	@Bean
	KeywordSearch keywordSearch(Database database, JdbcClient jdbc, @Value("${kam.search.walk-above}") long walkAbove,
			@Value("${kam.search.common-walk-above}") long commonWalkAbove,
			@Value("${kam.search.common-share}") double commonShare) {
		return database.postgres() ? new DocumentSearch(jdbc, walkAbove, commonWalkAbove, commonShare) : new LikeScan();
	}

}
