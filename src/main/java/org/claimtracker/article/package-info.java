/**
 * Articles: their outlets, bodies, paragraphs and revisions.
 */
@ApplicationModule(allowedDependencies = { "common" })
@NullMarked
package org.claimtracker.article;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
