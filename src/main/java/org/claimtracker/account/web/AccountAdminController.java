package org.claimtracker.account.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.claimtracker.account.AccountService;
import org.claimtracker.account.LockoutException;
import org.claimtracker.account.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page: add editors, disable and enable accounts. */
@Controller
class AccountAdminController {

	private final AccountService accounts;

	AccountAdminController(AccountService accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping("/admin/accounts")
	String list(Model model) {
		model.addAttribute("form", new AccountForm(null, null, Role.EDITOR));
		model.addAttribute("accounts", this.accounts.accounts());
		return "admin/accounts";
	}

	@PostMapping("/admin/accounts")
	String add(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("username") && this.accounts.exists(form.username())) {
			errors.rejectValue("username", "account.username.taken");
		}
		if (errors.hasErrors()) {
			model.addAttribute("accounts", this.accounts.accounts());
			return "admin/accounts";
		}
		this.accounts.add(form.username(), form.password(), form.role());
		redirect.addFlashAttribute("message", "account.added");
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		try {
			this.accounts.setEnabled(id, enabled);
			redirect.addFlashAttribute("message", enabled ? "account.enabled" : "account.disabled");
		}
		catch (LockoutException ex) {
			redirect.addFlashAttribute("refusal", ex.getMessageKey());
		}
		return "redirect:/admin/accounts";
	}

	record AccountForm(
			@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{2,64}",
					message = "{account.username.invalid}") @Nullable String username,
			@NotBlank @Size(min = 12, max = 200, message = "{account.password.size}") @Nullable String password,
			@NotNull @Nullable Role role) {

	}

}
