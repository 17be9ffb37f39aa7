package org.kam.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PageResultTests {

	@Test
	void anEmptyListHasOnePage() {
		assertThat(page(20, 0, true).totalPages()).isEqualTo(1);
	}

	@Test
	void everyRowOfAnExactTotalIsOnAPage() {
		assertThat(page(20, 1, true).totalPages()).isEqualTo(1);
		assertThat(page(20, 20, true).totalPages()).isEqualTo(1);
		assertThat(page(20, 21, true).totalPages()).isEqualTo(2);
		assertThat(page(30, 10_000, true).totalPages()).isEqualTo(334);
		// one account's list counts exactly, and pages past the cap
		assertThat(page(20, 25_000, true).totalPages()).isEqualTo(1_250);
	}

	@Test
	void aCountThatStoppedAtTheCapPagesOnlyAsFarAsTheCapLets() {
		assertThat(page(20, CountCap.CAP, false).totalPages()).isEqualTo(500);
		// page 333 of 30 rows would end past row 10,000: CountCap.requireReachable
		// refuses it
		assertThat(page(30, CountCap.CAP, false).totalPages()).isEqualTo(333);
		assertThat(page(200, CountCap.CAP, false).totalPages()).isEqualTo(50);
	}

	@Test
	void aListPagedOnlyUpToTheCapStopsThereWhateverItsTotal() {
		// the account list's total from the tally is exact and may be a million
		assertThat(CountCap.pages(page(20, 1_000_000, true))).isEqualTo(500);
		assertThat(CountCap.pages(page(30, CountCap.CAP, true))).isEqualTo(333);
		assertThat(CountCap.pages(page(20, 45, true))).isEqualTo(3);
		assertThat(CountCap.pages(page(20, 0, true))).isEqualTo(1);
	}

	@Test
	void theLastPageThatTheCapLetsThroughIsTheLastPageShown() {
		PageResult<String> capped = page(30, CountCap.CAP, false);
		int last = capped.totalPages() - 1;
		CountCap.requireReachable(new PageQuery(last, 30));
		assertThat(CountCap.beyondReach(new PageQuery(last + 1, 30))).isNotNull()
			.extracting(InvalidInputException.Problem::args)
			.isEqualTo(List.of(last, CountCap.CAP));
	}

	@Test
	void theApiAnswersAPageWithoutItsPageCount() {
		assertThat(JsonMapper.builder().build().writeValueAsString(page(20, 45, true)))
			.isEqualTo("{\"items\":[],\"page\":0,\"size\":20,\"total\":45,\"totalExact\":true}");
	}

	private static PageResult<String> page(int size, long total, boolean exact) {
		return new PageResult<>(List.of(), 0, size, total, exact);
	}

}
