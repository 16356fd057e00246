/**
 * Quote extraction: proposes the quotes in an article body with their speakers, for an
 * editor to confirm. Pure Java on plain text; no Spring and no database.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.claimtracker.extraction;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
