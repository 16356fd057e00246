package org.claimtracker.system;

import org.claimtracker.common.CurrentEditor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page who is signed in, so the layout can offer the editor's desk or
 * sign-in.
 */
@ControllerAdvice(annotations = Controller.class)
class SignedInAdvice {

	@ModelAttribute("signedIn")
	@Nullable String signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication == null || authentication instanceof AnonymousAuthenticationToken) ? null
				: authentication.getName();
	}

	@ModelAttribute("admin")
	boolean admin() {
		return CurrentEditor.admin();
	}

}
