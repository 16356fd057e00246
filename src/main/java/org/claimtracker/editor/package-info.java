/**
 * The editor's audience: sign-in, the editors' desk and forms, extraction review,
 * corrections and history, for signed-in editors in a browser.
 * <p>
 * The one dependency on another audience: the editor's article, quote and review pages
 * show the reader's pages and marked text with editing controls, through the reader's
 * {@code pages} interface only.
 */
@ApplicationModule(allowedDependencies = { "account", "article", "claim", "correction", "extraction", "history",
		"person", "quote", "common", "reader :: pages" })
@NullMarked
package org.claimtracker.editor;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
