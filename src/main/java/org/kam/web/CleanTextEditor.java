package org.kam.web;

import java.beans.PropertyEditorSupport;

import org.kam.shared.CleanText;

/**
 * Binds a request parameter or form field through {@link CleanText}; an empty field means
 * "no value". Strict (the API): a refusal becomes a type mismatch naming the parameter.
 * Lenient (pages): refused text is kept as typed so that {@link TextRules} puts the
 * reason next to the field, as for any other invalid value, and the form keeps what the
 * user typed.
 */
class CleanTextEditor extends PropertyEditorSupport {

	private final boolean strict;

	CleanTextEditor(boolean strict) {
		this.strict = strict;
	}

	@Override
	public void setAsText(String text) {
		String clean;
		try {
			clean = CleanText.clean(text);
		}
		catch (CleanText.Refused e) {
			if (strict) {
				throw e;
			}
			clean = text.strip();
		}
		setValue(clean != null && clean.isEmpty() ? null : clean);
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return value == null ? "" : value.toString();
	}

}
