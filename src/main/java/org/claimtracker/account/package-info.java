/**
 * Accounts: users, roles, passwords, API tokens, sessions and the security configuration.
 */
@ApplicationModule(allowedDependencies = { "common" })
@NullMarked
package org.claimtracker.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
