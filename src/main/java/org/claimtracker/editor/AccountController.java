package org.claimtracker.editor;

import java.security.Principal;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.claimtracker.account.AccountPassword;
import org.claimtracker.account.AccountService;
import org.claimtracker.account.ApiTokenService;
import org.claimtracker.account.SignInThrottle;
import org.claimtracker.account.WeakPasswordException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor's account page: their password, changed here, and personal API tokens, made,
 * shown once and revoked here.
 */
@Controller
class AccountController {

	private final ApiTokenService tokens;

	private final AccountService accounts;

	private final SignInThrottle throttle;

	AccountController(ApiTokenService tokens, AccountService accounts, SignInThrottle throttle) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.throttle = throttle;
	}

	@GetMapping("/editor/account")
	String show(Principal editor, Model model) {
		model.addAttribute("form", new TokenForm(null));
		model.addAttribute("password", new PasswordForm(null, null, null));
		return page(editor, model);
	}

	@PostMapping("/editor/account/tokens")
	String create(Principal editor, @Validated @ModelAttribute("form") TokenForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("password", new PasswordForm(null, null, null));
			return page(editor, model);
		}
		redirect.addFlashAttribute("secret", this.tokens.create(editor.getName(), form.name()));
		return "redirect:/editor/account";
	}

	@PostMapping("/editor/account/tokens/{id}/revoke")
	String revoke(Principal editor, @PathVariable long id, RedirectAttributes redirect) {
		this.tokens.revoke(editor.getName(), id);
		redirect.addFlashAttribute("message", "token.revoked");
		return "redirect:/editor/account";
	}

	/**
	 * The other sessions of the account end: whoever else was signed in as the editor is
	 * signed out.
	 */
	@PostMapping("/editor/account/password")
	String changePassword(Principal editor, @Validated @ModelAttribute("password") PasswordForm form,
			BindingResult errors, HttpSession session, Model model, RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("replacement") && !errors.hasFieldErrors("repeated")
				&& !form.replacement().equals(form.repeated())) {
			errors.rejectValue("repeated", "account.password.mismatch");
		}
		if (!errors.hasErrors()) {
			// guessing the current password here is slowed down as at sign-in, and counts
			// towards it
			SignInThrottle.Turn turn = this.throttle.take(editor.getName(), null);
			if (!turn.granted()) {
				errors.rejectValue("current", "login.wait", new Object[] { turn.waitFor().toSeconds() + 1 }, "Wait");
			}
			else {
				try {
					if (this.accounts.changePassword(editor.getName(), form.current(), form.replacement(),
							session.getId())) {
						this.throttle.succeeded(turn);
					}
					else {
						errors.rejectValue("current", "account.password.wrong");
					}
				}
				catch (WeakPasswordException ex) {
					// the current password was right: only the new one is refused
					this.throttle.succeeded(turn);
					errors.rejectValue("replacement", ex.getMessageKey());
				}
			}
		}
		if (errors.hasErrors()) {
			model.addAttribute("form", new TokenForm(null));
			return page(editor, model);
		}
		redirect.addFlashAttribute("message", "account.password.changed");
		return "redirect:/editor/account";
	}

	private String page(Principal editor, Model model) {
		model.addAttribute("tokens", this.tokens.tokensOf(editor.getName()));
		return "account/show";
	}

	/** Passwords are never shown again: a refused form comes back empty. */
	record PasswordForm(@NotBlank @Nullable String current, @AccountPassword @Nullable String replacement,
			@NotBlank @Nullable String repeated) {

	}

	record TokenForm(@NotBlank @Size(max = 100) @Nullable String name) {

	}

}
