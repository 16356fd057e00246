/**
 * People quoted or claimed about, and the races they run in.
 */
@ApplicationModule(allowedDependencies = { "common" })
@NullMarked
package org.claimtracker.person;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
