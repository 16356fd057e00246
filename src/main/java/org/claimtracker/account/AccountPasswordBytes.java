package org.claimtracker.account;

import java.nio.charset.StandardCharsets;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks that a password fits bcrypt: at most 72 bytes in UTF-8, where an accented or
 * non-Latin letter takes two to four.
 */
public class AccountPasswordBytes implements ConstraintValidator<AccountPassword, CharSequence> {

	static final int MIN = 12;

	static final int MAX = 72;

	@Override
	public boolean isValid(CharSequence password, ConstraintValidatorContext context) {
		return password == null || password.toString().getBytes(StandardCharsets.UTF_8).length <= MAX;
	}

}
