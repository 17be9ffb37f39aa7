package org.kam.web;

import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.kam.shared.CalendarRange;
import org.kam.shared.CleanText;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * What every JSON body goes through before a module sees it: each string cleaned by
 * {@link CleanText} (a refusal names the field), each date and time within the years
 * 1–9999 ({@link CalendarRange}), and a key given twice refused rather than the last one
 * silently winning.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

	@Bean
	JsonMapperBuilderCustomizer duplicateKeysRefused() {
		return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
	}

	@Bean
	JacksonModule cleanInput() {
		SimpleModule module = new SimpleModule("kam-clean-input");
		module.addDeserializer(String.class, new CleanStrings());
		module.setDeserializerModifier(new DatesInRange());
		return module;
	}

	/** A string that {@link CleanText} refuses, or a date outside the calendar range. */
	static final class RefusedValue extends InvalidFormatException {

		private final String key;

		private final String english;

		RefusedValue(JsonParser parser, Object value, Class<?> type, String key, String english) {
			super(parser, english, value, type);
			this.key = key;
			this.english = english;
		}

		String key() {
			return key;
		}

		String english() {
			return english;
		}

	}

	/**
	 * Strings cleaned as {@link CleanText} says; passwords are secrets compared byte for
	 * byte at sign-in, never shown, so they are taken as sent.
	 */
	static final class CleanStrings extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			String text = super.deserialize(p, ctxt);
			String field = p.currentName();
			if (text == null || (field != null && field.toLowerCase(Locale.ROOT).contains("password"))) {
				return text;
			}
			try {
				return CleanText.clean(text);
			}
			catch (CleanText.Refused e) {
				throw new RefusedValue(p, text, String.class, CleanText.MESSAGE_KEY, CleanText.MESSAGE);
			}
		}

	}

	/** Wraps the deserializer of each date and time type with the year check. */
	static final class DatesInRange extends ValueDeserializerModifier {

		@Override
		public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
				BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
			Class<?> type = description.getBeanClass();
			return TemporalAccessor.class.isAssignableFrom(type) && type.getName().startsWith("java.time.")
					? new YearChecked(deserializer, type) : deserializer;
		}

	}

	static final class YearChecked extends DelegatingDeserializer {

		private final Class<?> type;

		YearChecked(ValueDeserializer<?> delegate, Class<?> type) {
			super(delegate);
			this.type = type;
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new YearChecked(delegate, type);
		}

		@Override
		public Object deserialize(JsonParser p, DeserializationContext ctxt) {
			Object value = super.deserialize(p, ctxt);
			if (value instanceof TemporalAccessor temporal && !CalendarRange.contains(temporal)) {
				throw new RefusedValue(p, value, type, CalendarRange.MESSAGE_KEY, CalendarRange.MESSAGE);
			}
			return value;
		}

	}

}
