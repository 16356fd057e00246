package org.claimtracker.editor;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.Stance;
import org.jspecify.annotations.Nullable;

/**
 * Links an accepted quote from the review screen: to a claim offered there, or to a new
 * claim written there ({@code statement} and {@code kind}), with a stance and the
 * editor's rationale.
 */
record ReviewLinkForm(@NotNull @Nullable Long quoteId, @Nullable Long claimId,
		@NotNull(message = "{editor.evidence.stance.required}") @Nullable Stance stance,
		@Size(max = 5000) @Nullable String rationale, @Size(max = 2000) @Nullable String statement,
		@Nullable ClaimKind kind) {

	/**
	 * A link still to make, to the given claim if one is offered first; never with a
	 * stance chosen for the editor, which would lean the record its way whenever it is
	 * left as it is.
	 */
	static ReviewLinkForm of(long quoteId, @Nullable Long claimId) {
		return new ReviewLinkForm(quoteId, claimId, null, null, null, null);
	}

}
