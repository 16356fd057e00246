package org.claimtracker.editor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.claimtracker.claim.Stance;
import org.jspecify.annotations.Nullable;

/**
 * Links a quote to a claim, or revises a link, with a stance and the editor's rationale.
 */
record EvidenceForm(@Nullable Long claimId, @NotNull @Nullable Stance stance,
		@NotBlank @Size(max = 5000) @Nullable String rationale, @Nullable Integer version) {

	static EvidenceForm empty() {
		return new EvidenceForm(null, Stance.SUPPORTS, null, null);
	}

}
