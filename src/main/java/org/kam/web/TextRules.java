package org.kam.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;

import org.kam.shared.CleanText;
import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The {@link CleanText} refusal on every text field of a bound form, as a field error
 * next to the field (the page binder keeps refused text as typed, see
 * {@link CleanTextEditor}); registered on every binder by {@link FormBinding}.
 */
class TextRules implements Validator {

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
				if (component.getType() == String.class && !isPassword(component.getName())) {
					check(component.getName(), errors);
				}
			}
			return;
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getReadMethod() != null && property.getPropertyType() == String.class
					&& !isPassword(property.getName())) {
				check(property.getName(), errors);
			}
		}
	}

	/** A secret, compared as typed at sign-in and never shown. */
	private static boolean isPassword(String field) {
		return field.toLowerCase(java.util.Locale.ROOT).contains("password");
	}

	private static void check(String field, Errors errors) {
		Object raw = errors instanceof BindingResult result ? result.getRawFieldValue(field)
				: errors.getFieldValue(field);
		if (raw instanceof String text && CleanText.isRefused(text)) {
			errors.rejectValue(field, CleanText.MESSAGE_KEY, CleanText.MESSAGE);
		}
	}

}
