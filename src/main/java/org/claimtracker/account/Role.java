package org.claimtracker.account;

/** What a signed-in user may do: editors annotate, admins also manage editors. */
public enum Role {

	EDITOR, ADMIN

}
