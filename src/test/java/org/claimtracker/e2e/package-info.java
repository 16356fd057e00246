/**
 * End-to-end tests in a real headless browser.
 */
@NullMarked
package org.claimtracker.e2e;

import org.jspecify.annotations.NullMarked;
