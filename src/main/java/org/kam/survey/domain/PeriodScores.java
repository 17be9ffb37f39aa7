package org.kam.survey.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The answered surveys of a period summed up: how many, the sums of their four scores,
 * and how their NPS answers split. Sums rather than averages from the database, so that
 * the rounding is the same on every database.
 *
 * @param surveys answered surveys
 * @param npsAnswers surveys that gave an NPS (0–10)
 * @param promoters NPS answers of 9 or 10
 * @param detractors NPS answers of 0 to 6
 */
record PeriodScores(long surveys, long productQuality, long serviceAttitude, long responseSpeed, long overall,
		long npsAnswers, long promoters, long detractors) {

	/** A score sum as an average with one decimal; {@code null} without surveys. */
	BigDecimal average(long sum) {
		return surveys == 0 ? null
				: BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(surveys), 1, RoundingMode.HALF_UP);
	}

	/**
	 * The net promoter score, −100 to 100 in whole points: the share of promoters minus
	 * the share of detractors among those who gave an NPS; {@code null} when nobody did.
	 */
	BigDecimal nps() {
		return npsAnswers == 0 ? null : BigDecimal.valueOf(100 * (promoters - detractors))
			.divide(BigDecimal.valueOf(npsAnswers), 0, RoundingMode.HALF_UP);
	}

	long passives() {
		return npsAnswers - promoters - detractors;
	}

}
