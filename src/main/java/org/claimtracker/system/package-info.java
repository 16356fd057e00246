/**
 * The web's infrastructure that is no one audience's: error pages and responses, assets,
 * binding and the public address.
 */
@ApplicationModule(allowedDependencies = { "common" })
@NullMarked
package org.claimtracker.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
