package org.claimtracker.account;

import java.util.List;
import java.util.Objects;

import org.claimtracker.common.CurrentEditor;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editor and admin accounts: who may sign in, with which role. */
@Service
public class AccountService {

	private final AppUserRepository users;

	private final PasswordEncoder passwords;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final PasswordStrength strength;

	AccountService(AppUserRepository users, PasswordEncoder passwords,
			FindByIndexNameSessionRepository<? extends Session> sessions, PasswordStrength strength) {
		this.users = users;
		this.passwords = passwords;
		this.sessions = sessions;
		this.strength = strength;
	}

	/**
	 * The account as a sign-in's password check reads it. Not a UserDetailsService bean:
	 * Spring Security would check passwords with it around the throttle that
	 * {@link ThrottledSignIn} puts before every check.
	 */
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		if (username.indexOf('\0') >= 0) {
			throw new UsernameNotFoundException("No account can be named with a NUL character");
		}
		AppUser user = this.users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
		return User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.roles(user.getRole().name())
			.disabled(!user.isEnabled())
			.build();
	}

	@Transactional(readOnly = true)
	public List<AccountView> accounts() {
		return this.users.findAll(Sort.by("username")).stream().map(AccountView::from).toList();
	}

	/**
	 * Whether an account has the name in any case: "Chief" beside "chief" would read as
	 * the same person in history and on the accounts page, and sign-in throttling counts
	 * them as one.
	 */
	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.users.existsByUsernameIgnoreCase(username);
	}

	@Transactional(readOnly = true)
	public boolean none() {
		return this.users.count() == 0;
	}

	/**
	 * Adds an account; the password is stored only as a hash, and refused with a
	 * {@link WeakPasswordException} if it is too easy to guess.
	 */
	@Transactional
	public AccountView add(String username, String password, Role role) {
		if (exists(username)) {
			throw new DataIntegrityViolationException("An account named " + username + " exists");
		}
		return AccountView.from(this.users.save(new AppUser(username, hash(password, username), role)));
	}

	/**
	 * Changes an account's password if {@code current} is its password now; its other
	 * sessions end, so that whoever else was signed in as it is signed out. Whether the
	 * password was changed; a replacement too easy to guess is refused with a
	 * {@link WeakPasswordException}, once the current password is known to be right.
	 */
	@Transactional
	public boolean changePassword(String username, String current, String replacement, String keptSession) {
		AppUser user = this.users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
		if (!this.passwords.matches(current, user.getPasswordHash())) {
			return false;
		}
		setPassword(user, replacement, keptSession);
		return true;
	}

	/**
	 * Sets a new password for an account whose owner forgot theirs. Its sessions end, but
	 * for {@code keptSession}: the admin's own, should they reset their own password
	 * here. A password too easy to guess is refused with a {@link WeakPasswordException}.
	 */
	@Transactional
	public void resetPassword(long id, String replacement, String keptSession) {
		setPassword(account(id), replacement, keptSession);
	}

	/**
	 * Enables or disables an account. Disabling signs the account out everywhere at once,
	 * and is refused for the signed-in admin's own account and for the last enabled
	 * admin, so that someone can always administer accounts.
	 */
	@Transactional
	public void setEnabled(long id, boolean enabled) {
		AppUser user = account(id);
		if (!enabled && user.isEnabled()) {
			refuseLockout(user, "account.refused.self", "account.refused.lastAdmin");
		}
		user.setEnabled(enabled);
		// token checks read the table directly: make the change visible to them at once
		this.users.saveAndFlush(user);
		if (!enabled) {
			endSessions(user.getUsername(), null);
		}
	}

	/**
	 * Gives an account another role. A session keeps the role it signed in with, so the
	 * account's sessions end and it signs in again with the new one. Making an enabled
	 * admin an editor is refused as disabling it is. Whether the role changed.
	 */
	@Transactional
	public boolean changeRole(long id, Role role) {
		AppUser user = account(id);
		if (user.getRole() == role) {
			return false;
		}
		if (user.getRole() == Role.ADMIN && user.isEnabled()) {
			refuseLockout(user, "account.refused.selfRole", "account.refused.lastAdminRole");
		}
		user.setRole(role);
		// API tokens act with the role their check reads from the table: flush it for
		// them
		this.users.saveAndFlush(user);
		endSessions(user.getUsername(), null);
		return true;
	}

	private AppUser account(long id) {
		return this.users.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
	}

	private void setPassword(AppUser user, String password, String keptSession) {
		user.setPasswordHash(hash(password, user.getUsername()));
		this.users.saveAndFlush(user);
		endSessions(user.getUsername(), keptSession);
	}

	/**
	 * The hash of a password that is hard enough to guess for the account: every way of
	 * setting a password comes through here, the forms, the first admin from the
	 * environment and whatever comes next.
	 */
	private String hash(String password, String username) {
		String weakness = this.strength.weakness(password, username);
		if (weakness != null) {
			throw new WeakPasswordException(weakness);
		}
		return this.passwords.encode(password);
	}

	/**
	 * Refuses to take an admin away from administering accounts if it is the signed-in
	 * admin, or the last enabled admin. The keys say why, in {@code messages.properties}.
	 */
	private void refuseLockout(AppUser user, String selfKey, String lastAdminKey) {
		if (user.getUsername().equals(CurrentEditor.name())) {
			throw new LockoutException(selfKey);
		}
		if (user.getRole() == Role.ADMIN && this.users.findByRoleAndEnabledTrueOrderById(Role.ADMIN)
			.stream()
			.allMatch((admin) -> Objects.equals(admin.getId(), user.getId()))) {
			throw new LockoutException(lastAdminKey);
		}
	}

	/**
	 * A signed-in session does not look at the account again, so a disabled account, or
	 * one with a new password or role, would stay signed in as it was until its session
	 * expires: delete its sessions, but the one to keep, instead.
	 */
	private void endSessions(String username, @Nullable String keptSession) {
		this.sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keptSession))
			.forEach(this.sessions::deleteById);
	}

}
