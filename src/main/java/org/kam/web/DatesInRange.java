package org.kam.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;

import org.kam.shared.CalendarRange;
import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The {@link CalendarRange} rule on every date and time of a bound form or request body,
 * as a field error next to the field; registered on every binder by {@link FormBinding},
 * so no form needs an annotation for it.
 */
class DatesInRange implements Validator {

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
				if (TemporalAccessor.class.isAssignableFrom(component.getType())) {
					check(component.getName(), errors);
				}
			}
			return;
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getReadMethod() != null && property.getPropertyType() != null
					&& TemporalAccessor.class.isAssignableFrom(property.getPropertyType())) {
				check(property.getName(), errors);
			}
		}
	}

	private static void check(String field, Errors errors) {
		// raw: the formatted value of a @DateTimeFormat field is its text
		Object raw = errors instanceof BindingResult result ? result.getRawFieldValue(field)
				: errors.getFieldValue(field);
		if (raw instanceof TemporalAccessor value && !CalendarRange.contains(value)) {
			errors.rejectValue(field, CalendarRange.MESSAGE_KEY, CalendarRange.MESSAGE);
		}
	}

}
