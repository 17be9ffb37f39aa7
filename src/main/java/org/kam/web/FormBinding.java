package org.kam.web;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * An empty form field means "no value": pages bind it as null, exactly as an absent JSON
 * field.
 */
@ControllerAdvice(annotations = Controller.class)
class FormBinding {

	@InitBinder
	void emptyFieldsAreNull(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

}
