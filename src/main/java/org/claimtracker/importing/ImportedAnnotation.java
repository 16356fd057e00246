package org.claimtracker.importing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An annotation imported from Hypothesis, as the review screen proposes it: the words it
 * was placed on when imported, and the annotator's note and tags.
 */
public record ImportedAnnotation(long id, String externalId, int start, int end, String exact, String prefix,
		String suffix, String note, List<String> tags, @Nullable String annotator) {

	/** The note and tags in one line, for reading beside the proposal. */
	public String notes() {
		StringBuilder notes = new StringBuilder();
		if (!this.tags.isEmpty()) {
			notes.append('#').append(String.join(" #", this.tags));
		}
		if (!this.note.isBlank()) {
			if (!notes.isEmpty()) {
				notes.append(" — ");
			}
			notes.append(this.note.strip());
		}
		return notes.toString();
	}

}
