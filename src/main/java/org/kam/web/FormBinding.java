package org.kam.web;

import java.beans.PropertyEditorSupport;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every form field and request parameter, of pages and of the API (a REST controller is a
 * controller too), goes through {@link org.kam.shared.CleanText}; an empty field means
 * "no value", exactly as an absent JSON field. Every bound object goes through
 * {@link FieldRules}.
 */
@ControllerAdvice(annotations = Controller.class)
class FormBinding {

	@InitBinder
	void cleanFields(WebDataBinder binder, HttpServletRequest request) {
		CleanTextEditor.Refusal refusal = request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				? CleanTextEditor.Refusal.REFUSE
				: "GET".equals(request.getMethod()) ? CleanTextEditor.Refusal.DROP : CleanTextEditor.Refusal.KEEP;
		binder.registerCustomEditor(String.class, new CleanTextEditor(refusal));
		// a password is a secret compared as typed at sign-in and never shown
		binder.registerCustomEditor(String.class, "password", new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(text == null || text.isEmpty() ? null : text);
			}
		});
		binder.addValidators(new FieldRules());
	}

}
