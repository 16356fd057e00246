package org.claimtracker.admin;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.claimtracker.account.AccountPassword;
import org.claimtracker.account.AccountService;
import org.claimtracker.account.LockoutException;
import org.claimtracker.account.Role;
import org.claimtracker.account.WeakPasswordException;
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

/**
 * The admin page: add editors, disable and enable accounts, reset a forgotten password,
 * change an account's role.
 */
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
		return page(model);
	}

	@PostMapping("/admin/accounts")
	String add(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("username") && this.accounts.exists(form.username())) {
			errors.rejectValue("username", "account.username.taken");
		}
		if (errors.hasErrors()) {
			return page(model);
		}
		try {
			this.accounts.add(form.username(), form.password(), form.role());
		}
		catch (WeakPasswordException ex) {
			errors.rejectValue("password", ex.getMessageKey());
			return page(model);
		}
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

	/**
	 * The admin's own session stays signed in if they reset their own password here;
	 * every other session of the account ends.
	 */
	@PostMapping("/admin/accounts/password")
	String resetPassword(@Valid @ModelAttribute("reset") ResetForm form, BindingResult errors, HttpSession session,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return page(model);
		}
		try {
			this.accounts.resetPassword(form.account(), form.password(), session.getId());
		}
		catch (WeakPasswordException ex) {
			errors.rejectValue("password", ex.getMessageKey());
			return page(model);
		}
		redirect.addFlashAttribute("message", "account.password.reset");
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/role")
	String changeRole(@Valid @ModelAttribute("roleChange") RoleForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return page(model);
		}
		try {
			boolean changed = this.accounts.changeRole(form.account(), form.role());
			redirect.addFlashAttribute("message", changed ? "account.role.changed" : "account.role.unchanged");
		}
		catch (LockoutException ex) {
			redirect.addFlashAttribute("refusal", ex.getMessageKey());
		}
		return "redirect:/admin/accounts";
	}

	/**
	 * The page with its forms: the one refused, with its errors, and the others empty.
	 */
	private String page(Model model) {
		model.addAttribute("accounts", this.accounts.accounts());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new AccountForm(null, null, Role.EDITOR));
		}
		if (!model.containsAttribute("reset")) {
			model.addAttribute("reset", new ResetForm(null, null));
		}
		if (!model.containsAttribute("roleChange")) {
			model.addAttribute("roleChange", new RoleForm(null, null));
		}
		return "admin/accounts";
	}

	record AccountForm(
			@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{2,64}",
					message = "{account.username.invalid}") @Nullable String username,
			@AccountPassword @Nullable String password, @NotNull @Nullable Role role) {

	}

	/** Passwords are never shown again: a refused form comes back without it. */
	record ResetForm(@NotNull(message = "{accounts.account.required}") @Nullable Long account,
			@AccountPassword @Nullable String password) {

	}

	record RoleForm(@NotNull(message = "{accounts.account.required}") @Nullable Long account,
			@NotNull @Nullable Role role) {

	}

}
