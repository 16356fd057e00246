/**
 * ClaimTracker: every claim in election coverage linked to the quotes that support or
 * contradict it.
 */
@NullMarked
package org.claimtracker;

import org.jspecify.annotations.NullMarked;
