package org.claimtracker.system;

import java.beans.PropertyEditorSupport;

import org.claimtracker.common.UnstorableText;
import org.springframework.beans.PropertyAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.server.ResponseStatusException;

/**
 * How request values become form fields and parameters. Text may hold any character but
 * NUL, which PostgreSQL cannot store. A form value that cannot become its field (a number
 * that is not one, an unknown kind, text with NUL) can only come from a request made by
 * hand, not from the form: the request is refused as a whole with 400 and the reason,
 * before anything runs.
 */
@ControllerAdvice
class StrictBinding {

	@InitBinder
	void strict(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new NulRefusingEditor());
		binder.setBindingErrorProcessor(new RefusingErrorProcessor());
	}

	private static final class NulRefusingEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (text.indexOf('\0') >= 0) {
				throw new UnstorableText.Refused();
			}
			setValue(text);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

	private static final class RefusingErrorProcessor extends DefaultBindingErrorProcessor {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
			String reason = UnstorableText.caused(ex) ? UnstorableText.MESSAGE
					: "The value of '" + ex.getPropertyName() + "' is not one this form can send.";
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, reason, ex);
		}

	}

}
