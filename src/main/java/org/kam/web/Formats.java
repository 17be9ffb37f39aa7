package org.kam.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, numbers and money in the user's language, for templates
 * ({@code ${@fmt.dateTime(x)}}). Times are stored in UTC and shown in the company's zone
 * ({@code kam.time-zone}).
 */
@Component("fmt")
public class Formats {

	private final ZoneId zone;

	private final Currency defaultCurrency;

	/*
	 * Built once per language: a list page formats dozens of dates and numbers, and
	 * looking the localized patterns up each time was a few per cent of a page's CPU.
	 */
	private final Map<Locale, DateTimeFormatter> dateTimes = new ConcurrentHashMap<>();

	private final Map<Locale, DateTimeFormatter> dates = new ConcurrentHashMap<>();

	/**
	 * Prototypes, cloned per use: a NumberFormat is not safe to share between threads.
	 */
	private final Map<Locale, NumberFormat> numbers = new ConcurrentHashMap<>();

	Formats(ZoneId zone, @Value("${kam.default-currency:CNY}") String defaultCurrency) {
		this.zone = zone;
		this.defaultCurrency = Currency.getInstance(defaultCurrency);
	}

	public String dateTime(OffsetDateTime time) {
		if (time == null) {
			return "";
		}
		return dateTimes
			.computeIfAbsent(locale(),
					locale -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
						.withLocale(locale))
			.format(time.atZoneSameInstant(zone));
	}

	public String date(TemporalAccessor date) {
		return date == null ? ""
				: dates
					.computeIfAbsent(locale(),
							locale -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale))
					.format(date);
	}

	public String number(Number number) {
		if (number == null) {
			return "";
		}
		NumberFormat prototype = numbers.computeIfAbsent(locale(), NumberFormat::getNumberInstance);
		return ((NumberFormat) prototype.clone()).format(number);
	}

	/**
	 * An amount with its currency (CNY unless given): ¥1,234.50 in Chinese, CN¥1,234.50
	 * in English.
	 */
	public String money(BigDecimal amount, String currency) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(locale());
		format.setCurrency(currency == null ? defaultCurrency : Currency.getInstance(currency));
		return format.format(amount);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
