package org.claimtracker.account.web;

import java.security.Principal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.claimtracker.account.ApiTokenService;
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

/** The editor's account page: personal API tokens, made, shown once and revoked here. */
@Controller
class AccountController {

	private final ApiTokenService tokens;

	AccountController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/editor/account")
	String show(Principal editor, Model model) {
		model.addAttribute("form", new TokenForm(null));
		model.addAttribute("tokens", this.tokens.tokensOf(editor.getName()));
		return "account/show";
	}

	@PostMapping("/editor/account/tokens")
	String create(Principal editor, @Validated @ModelAttribute("form") TokenForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("tokens", this.tokens.tokensOf(editor.getName()));
			return "account/show";
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

	record TokenForm(@NotBlank @Size(max = 100) @Nullable String name) {

	}

}
