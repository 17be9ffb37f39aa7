package org.kam.web;

import java.beans.PropertyEditorSupport;

import org.kam.shared.CleanText;

/**
 * Binds a request parameter or form field through {@link CleanText}; an empty field means
 * "no value". What happens to refused text depends on where it comes from (see
 * {@link Refusal}).
 */
class CleanTextEditor extends PropertyEditorSupport {

	enum Refusal {

		/** The API: a type mismatch naming the parameter, answered 400. */
		REFUSE,
		/**
		 * A form sent by a page: kept as typed so that {@link FieldRules} puts the reason
		 * next to the field, as for any other invalid value, and the form keeps it.
		 */
		KEEP,
		/** A page's filters (GET): the refused characters dropped, the search goes on. */
		DROP

	}

	private final Refusal refusal;

	CleanTextEditor(Refusal refusal) {
		this.refusal = refusal;
	}

	@Override
	public void setAsText(String text) {
		String clean;
		try {
			clean = CleanText.clean(text);
		}
		catch (CleanText.Refused e) {
			clean = switch (refusal) {
				case REFUSE -> throw e;
				case KEEP -> text.strip();
				case DROP -> CleanText.withoutRefused(text);
			};
		}
		setValue(clean != null && clean.isEmpty() ? null : clean);
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return value == null ? "" : value.toString();
	}

}
