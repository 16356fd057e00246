/**
 * Claims, the topics they are about, where articles assert them, and the evidence (quotes
 * that support or contradict them).
 */
@ApplicationModule(allowedDependencies = { "article", "person", "quote", "common" })
@NullMarked
package org.claimtracker.claim;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
