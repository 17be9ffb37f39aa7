package org.kam.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.kam.shared.CalendarRange;
import org.kam.shared.CleanText;
import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules every field of every bound form or request body obeys, whatever its type:
 * text passes {@link CleanText} (the page binder keeps refused text as typed, see
 * {@link CleanTextEditor}), dates and times lie in the {@link CalendarRange}. Each
 * refusal is a field error next to its field; registered on every binder by
 * {@link FormBinding}, so no form needs an annotation for them.
 */
class FieldRules implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return true;
	}

	@Override
	public void validate(Object target, Errors errors) {
		if (target == null || target.getClass().getName().startsWith("java.")) {
			return;
		}
		Class<?> type = target.getClass();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				check(component.getName(), component.getType(), errors);
			}
			return;
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getReadMethod() != null && property.getPropertyType() != null) {
				check(property.getName(), property.getPropertyType(), errors);
			}
		}
	}

	private static void check(String field, Class<?> type, Errors errors) {
		boolean text = type == String.class && !isPassword(field);
		boolean date = TemporalAccessor.class.isAssignableFrom(type);
		if (!text && !date) {
			return;
		}
		// raw: the value as bound (the text of a @DateTimeFormat field, refused text as
		// typed)
		Object raw = errors instanceof BindingResult result ? result.getRawFieldValue(field)
				: errors.getFieldValue(field);
		if (raw instanceof String value && text && CleanText.isRefused(value)) {
			errors.rejectValue(field, CleanText.MESSAGE_KEY, CleanText.MESSAGE);
		}
		if (raw instanceof TemporalAccessor value && date && !CalendarRange.contains(value)) {
			errors.rejectValue(field, CalendarRange.MESSAGE_KEY, CalendarRange.MESSAGE);
		}
	}

	/** A secret, compared as typed at sign-in and never shown. */
	private static boolean isPassword(String field) {
		return field.toLowerCase(Locale.ROOT).contains("password");
	}

}
