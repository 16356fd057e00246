package org.claimtracker.account;

import org.claimtracker.common.NotFoundException;

/** No account has the id an admin asked to change. */
public class AccountNotFoundException extends NotFoundException {

	public AccountNotFoundException(long id) {
		super("account", id);
	}

}
