package org.kam.region;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionsTests {

	private final Regions regions = new Regions();

	@Test
	void provincesResolveFromCodeFullShortAndEnglishNames() {
		for (String text : new String[] { "广东", "广东省", "Guangdong", "guangdong", " GUANGDONG ", "440000" }) {
			assertThat(regions.province(text)).as(text).map(Region::code).contains("440000");
		}
		assertThat(regions.province("内蒙古").map(Region::englishName)).contains("Inner Mongolia");
		assertThat(regions.province("Tibet").map(Region::code)).contains("540000");
		assertThat(regions.province("陕西").map(Region::englishName)).contains("Shaanxi");
		assertThat(regions.province("山西").map(Region::englishName)).contains("Shanxi");
		assertThat(regions.province("Hong Kong").map(Region::name)).contains("香港特别行政区");
		assertThat(regions.province("广东市")).isEmpty();
		assertThat(regions.province("")).isEmpty();
	}

	@Test
	void citiesResolveWithinTheirProvinceOrAloneWhenTheNameIsUnique() {
		for (String text : new String[] { "深圳", "深圳市", "Shenzhen", "shenzhen", "440300" }) {
			assertThat(regions.city(text, "440000")).as(text).map(Region::code).contains("440300");
			assertThat(regions.city(text, null)).as(text).map(Region::code).contains("440300");
		}
		assertThat(regions.city("深圳", "330000")).isEmpty();
		assertThat(regions.city("Suzhou", null)).as("江苏 and 安徽 both have a Suzhou").isEmpty();
		assertThat(regions.city("Suzhou", "320000").map(Region::name)).contains("苏州市");
		assertThat(regions.city("xi an", "610000").map(Region::englishName)).contains("Xi'an");
	}

	@Test
	void thirtyFourProvincesAndMunicipalitiesAreTheirOwnCity() {
		assertThat(regions.provinces()).hasSize(34);
		assertThat(regions.cities("110000")).extracting(Region::code).containsExactly("110100");
		assertThat(regions.city("北京", "110000").map(Region::name)).contains("北京市");
		assertThat(regions.cities("440000")).hasSize(21);
		assertThat(regions.provinces()).allMatch(p -> !p.englishName().isBlank() && !p.name().isBlank());
	}

	@Test
	void namesFollowTheLanguage() {
		assertThat(regions.name("440300", Locale.ENGLISH)).isEqualTo("Shenzhen");
		assertThat(regions.name("440300", Locale.SIMPLIFIED_CHINESE)).isEqualTo("深圳市");
		assertThat(regions.name("999999", Locale.ENGLISH)).isEqualTo("999999");
	}

}
