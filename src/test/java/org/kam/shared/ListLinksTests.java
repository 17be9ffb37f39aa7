package org.kam.shared;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListLinksTests {

	private final ListLinks contracts = ListLinks.to("/contracts")
		.with("accountId", 7L)
		.with("status", null)
		.with("q", "华为 A&B")
		.with(ListLinks.PAGE, 3)
		.with(ListLinks.SIZE, 50)
		.with(ListLinks.SORT, "endsOn,asc");

	@Test
	void thePlainListHasThePlainAddress() {
		assertThat(ListLinks.to("/contracts").url()).isEqualTo("/contracts");
		assertThat(ListLinks.to("/contracts").with("q", null).with("status", " ").url()).isEqualTo("/contracts");
	}

	@Test
	void theFirstPageAndTheDefaultSizeAreLeftOut() {
		assertThat(ListLinks.to("/sales").with(ListLinks.PAGE, 0).with(ListLinks.SIZE, PageQuery.DEFAULT_SIZE).url())
			.isEqualTo("/sales");
		assertThat(ListLinks.to("/sales").with(ListLinks.PAGE, "0").with(ListLinks.SIZE, "20").url())
			.isEqualTo("/sales");
		assertThat(ListLinks.to("/sales").with(ListLinks.PAGE, 1).with(ListLinks.SIZE, 2).url())
			.isEqualTo("/sales?page=1&size=2");
	}

	@Test
	void aListWithItsOwnDefaultSizeLeavesOutThatSizeAndKeepsEveryOther() {
		assertThat(ListLinks.to("/accounts/7/sales/section", 10).with(ListLinks.SIZE, 10).toPage(1))
			.isEqualTo("/accounts/7/sales/section?page=1");
		assertThat(ListLinks.to("/accounts/7/sales/section", 10).with(ListLinks.SIZE, PageQuery.DEFAULT_SIZE).toPage(1))
			.isEqualTo("/accounts/7/sales/section?size=20&page=1");
		assertThat(new PageParameters(2, null).linksTo("/accounts/7/sales/section", 10).toPage(3))
			.isEqualTo("/accounts/7/sales/section?page=3");
	}

	@Test
	void chineseTextSpacesAndReservedCharactersAreEncodedAsTheFormSendsThem() {
		String text = "华为 A&B #1 +2 = 50%, 中/英?";

		String url = ListLinks.to("/accounts").with("q", text).url();

		assertThat(url)
			.isEqualTo("/accounts?q=%E5%8D%8E%E4%B8%BA+A%26B+%231+%2B2+%3D+50%25%2C+%E4%B8%AD%2F%E8%8B%B1%3F");
		URI uri = URI.create(url);
		assertThat(uri.getRawFragment()).isNull();
		assertThat(URLDecoder.decode(uri.getRawQuery().substring("q=".length()), StandardCharsets.UTF_8))
			.isEqualTo(text);
	}

	@Test
	void valuesAreTrimmedAndWrittenAsText() {
		assertThat(ListLinks.to("/sales")
			.with("product", "  steel ")
			.with("from", LocalDate.of(2026, 3, 1))
			.with("breaching", true)
			.url()).isEqualTo("/sales?product=steel&from=2026-03-01&breaching=true");
	}

	@Test
	void aPageLinkKeepsEveryOtherParameter() {
		assertThat(contracts.toPage(4))
			.isEqualTo("/contracts?accountId=7&q=%E5%8D%8E%E4%B8%BA+A%26B&page=4&size=50&sort=endsOn%2Casc");
		assertThat(contracts.toPage(0))
			.isEqualTo("/contracts?accountId=7&q=%E5%8D%8E%E4%B8%BA+A%26B&size=50&sort=endsOn%2Casc");
	}

	@Test
	void aSortLinkKeepsTheFiltersAndStartsAtTheFirstPage() {
		assertThat(contracts.sortedBy("number,desc"))
			.isEqualTo("/contracts?accountId=7&q=%E5%8D%8E%E4%B8%BA+A%26B&size=50&sort=number%2Cdesc");
	}

	@Test
	void aFilterChangeKeepsTheOtherParametersInPlaceAndStartsAtTheFirstPage() {
		assertThat(contracts.filteredBy("status", "ACTIVE"))
			.isEqualTo("/contracts?accountId=7&status=ACTIVE&q=%E5%8D%8E%E4%B8%BA+A%26B&size=50&sort=endsOn%2Casc");
		assertThat(contracts.filteredBy("accountId", null))
			.isEqualTo("/contracts?q=%E5%8D%8E%E4%B8%BA+A%26B&size=50&sort=endsOn%2Casc");
	}

	@Test
	void theLinksDoNotChangeTheListTheyComeFrom() {
		contracts.filteredBy("accountId", null);
		contracts.toPage(9);

		assertThat(contracts.url())
			.isEqualTo("/contracts?accountId=7&q=%E5%8D%8E%E4%B8%BA+A%26B&page=3&size=50&sort=endsOn%2Casc");
	}

	@Test
	void aColumnHeaderTogglesTheOrder() {
		assertThat(ListLinks.ascendingFirst("name,asc", "name")).isEqualTo("name,desc");
		assertThat(ListLinks.ascendingFirst("name,desc", "name")).isEqualTo("name,asc");
		assertThat(ListLinks.ascendingFirst("name,asc", "updatedAt")).isEqualTo("updatedAt,asc");
		assertThat(ListLinks.descendingFirst("total,desc", "total")).isEqualTo("total,asc");
		assertThat(ListLinks.descendingFirst("total,asc", "total")).isEqualTo("total,desc");
		assertThat(ListLinks.descendingFirst("orderDate,desc", "total")).isEqualTo("total,desc");
	}

	@Test
	void theSortStateNamesTheDirectionForAriaSort() {
		assertThat(ListLinks.sortState("name", "name")).isEqualTo("ascending");
		assertThat(ListLinks.sortState("name,asc", "name")).isEqualTo("ascending");
		assertThat(ListLinks.sortState("name,desc", "name")).isEqualTo("descending");
		assertThat(ListLinks.sortState("name,desc", "tier")).isEqualTo("none");
	}

}
