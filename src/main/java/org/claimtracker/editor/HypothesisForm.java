package org.claimtracker.editor;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The Hypothesis export an editor uploads on the import page. */
record HypothesisForm(@Nullable MultipartFile file) {

}
