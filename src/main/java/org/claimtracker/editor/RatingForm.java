package org.claimtracker.editor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.claimtracker.claim.RatingView;
import org.jspecify.annotations.Nullable;

/**
 * The newsroom's rating of a claim: a name on its scale and the rationale;
 * {@code version} is the version of the rating the editor started from, none when the
 * claim was not rated.
 */
record RatingForm(@NotBlank(message = "{editor.rating.name.required}") @Size(max = 200) @Nullable String name,
		@NotBlank @Size(max = 5000) @Nullable String rationale, @Nullable Integer version) {

	static RatingForm from(@Nullable RatingView rating) {
		return (rating != null) ? new RatingForm(rating.name(), rating.rationale(), rating.version())
				: new RatingForm(null, null, null);
	}

}
