/**
 * The admin's audience: managing accounts, for signed-in admins in a browser.
 */
@ApplicationModule(allowedDependencies = { "account" })
@NullMarked
package org.claimtracker.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
