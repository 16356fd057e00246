/**
 * The editor's audience: sign-in, the editors' desk and forms, extraction review,
 * corrections and history, for signed-in editors in a browser.
 */
@ApplicationModule(allowedDependencies = { "account", "article", "claim", "correction", "extraction", "history",
		"importing", "pages", "person", "quote", "utterance", "common" })
@NullMarked
package org.claimtracker.editor;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
