/**
 * Utterances: the one act of speech that several articles report, each article's quote a
 * version of it, and how each version differs from the earliest full one.
 */
@ApplicationModule(allowedDependencies = { "article", "person", "quote", "common" })
@NullMarked
package org.claimtracker.utterance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
