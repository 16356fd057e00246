/**
 * Benchmarks, apart from the tests: a generated corpus and the requests timed against it.
 */
@NullMarked
package org.claimtracker.bench;

import org.jspecify.annotations.NullMarked;
