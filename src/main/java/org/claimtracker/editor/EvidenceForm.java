package org.claimtracker.editor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.claimtracker.claim.Stance;
import org.jspecify.annotations.Nullable;

/**
 * Links a quote to a claim, or revises a link, with a stance and the editor's rationale.
 */
record EvidenceForm(@Nullable Long claimId,
		@NotNull(message = "{editor.evidence.stance.required}") @Nullable Stance stance,
		@NotBlank @Size(max = 5000) @Nullable String rationale, @Nullable Integer version) {

	/**
	 * A new link, with no stance chosen: one chosen for the editor would lean the record
	 * its way whenever it is left as it is.
	 */
	static EvidenceForm empty() {
		return new EvidenceForm(null, null, null, null);
	}

}
