package org.claimtracker.editor;

import jakarta.servlet.http.HttpServletRequest;
import org.claimtracker.account.SignInName;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; Spring Security handles the form it posts. A refused attempt's
 * account name is filled in again.
 */
@Controller
class SignInController {

	/** The longest wait the page names: the throttle's longest, and a second to spare. */
	private static final long LONGEST_WAIT_SECONDS = 901;

	/**
	 * {@code wait} is the seconds the throttle asks for when it turns an attempt away;
	 * the page reads it as a number, and anything else in the address as "a moment".
	 */
	@GetMapping("/login")
	String signIn(@RequestParam(required = false) @Nullable String wait, HttpServletRequest request, Model model) {
		if (wait != null) {
			model.addAttribute("waitSeconds", seconds(wait));
		}
		model.addAttribute("username", SignInName.take(request.getSession(false)));
		return "account/login";
	}

	private static long seconds(String wait) {
		String digits = wait.strip();
		if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return 0;
		}
		return Math.min(LONGEST_WAIT_SECONDS, Long.parseLong(digits));
	}

}
