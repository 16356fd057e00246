@NullMarked
package org.claimtracker.utterance;

import org.jspecify.annotations.NullMarked;
