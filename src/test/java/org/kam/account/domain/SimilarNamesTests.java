package org.kam.account.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which spellings of a company name are taken for one company. */
class SimilarNamesTests {

	@Test
	void legalFormsSpacesBracketsWidthAndCaseDoNotMatter() {
		String key = SimilarNames.key("杭州云帆智能科技有限公司");

		assertThat(SimilarNames.key("杭州云帆智能科技股份有限公司")).isEqualTo(key);
		assertThat(SimilarNames.key("杭州云帆智能科技有限责任公司")).isEqualTo(key);
		assertThat(SimilarNames.key(" 杭州 云帆（智能）科技　有限公司 ")).isEqualTo(key);
		assertThat(SimilarNames.key("杭州云帆(智能)科技")).isEqualTo(key);
		assertThat(SimilarNames.key("ＡＢＣ 科技")).isEqualTo(SimilarNames.key("abc科技有限公司"));
		assertThat(SimilarNames.key("Acme Trading Co., Ltd.")).isEqualTo(SimilarNames.key("ACME trading"));
		assertThat(SimilarNames.key("Acme Trading Company Limited")).isEqualTo(SimilarNames.key("acme trading"));
	}

	@Test
	void differentCompaniesStayApart() {
		assertThat(SimilarNames.key("杭州云帆智能科技有限公司")).isNotEqualTo(SimilarNames.key("杭州云帆机械有限公司"));
		assertThat(SimilarNames.key("有限公司")).as("a name that is only a legal form keeps it").isEqualTo("有限公司");
		assertThat(SimilarNames.key(null)).isNull();
	}

}
