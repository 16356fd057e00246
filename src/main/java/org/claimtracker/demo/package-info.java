/**
 * Demo data: a small newsroom's articles, people, quotes and claims to try ClaimTracker
 * on.
 */
@ApplicationModule(allowedDependencies = { "article", "claim", "person", "quote", "common" })
@NullMarked
package org.claimtracker.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
