package org.kam.web;

import java.beans.PropertyEditorSupport;

import org.kam.shared.CleanText;

/**
 * Binds a request parameter or form field through {@link CleanText}; a refusal becomes a
 * type mismatch on that field (message {@code typeMismatch.java.lang.String}).
 */
class CleanTextEditor extends PropertyEditorSupport {

	private final boolean emptyAsNull;

	CleanTextEditor(boolean emptyAsNull) {
		this.emptyAsNull = emptyAsNull;
	}

	@Override
	public void setAsText(String text) {
		String clean = CleanText.clean(text);
		setValue(emptyAsNull && clean != null && clean.isEmpty() ? null : clean);
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return value == null ? "" : value.toString();
	}

}
