/**
 * What every feature shares: the editable entity with its version and audit, visibility,
 * names, and the errors for a missing item or a stale edit.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.claimtracker.common;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
