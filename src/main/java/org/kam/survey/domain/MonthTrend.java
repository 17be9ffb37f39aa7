package org.kam.survey.domain;

/**
 * The averages of one month's surveys of an account; {@code nps} is null when nobody gave
 * one.
 *
 * @param month the month as {@code yyyy-MM}
 */
public record MonthTrend(String month, long surveys, double productQuality, double serviceAttitude,
		double responseSpeed, double overall, Double nps) {
}
