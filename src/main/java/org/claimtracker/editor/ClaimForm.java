package org.claimtracker.editor;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.claimtracker.claim.ClaimDraft;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.ClaimView;
import org.claimtracker.claim.TopicView;
import org.jspecify.annotations.Nullable;

/** The claim form; {@code version} is the version the editor started from. */
record ClaimForm(@NotBlank @Size(max = 2000) @Nullable String statement, @NotNull @Nullable ClaimKind kind,
		@Nullable Long subjectId, @Nullable Set<Long> topicIds, @Nullable Integer version) {

	static ClaimForm empty() {
		return new ClaimForm(null, ClaimKind.POSITION, null, Set.of(), null);
	}

	static ClaimForm from(ClaimView claim) {
		return new ClaimForm(claim.statement(), claim.kind(), claim.subjectId(),
				Set.copyOf(claim.topics().stream().map(TopicView::id).toList()), claim.version());
	}

	boolean positionWithoutSubject() {
		return this.kind == ClaimKind.POSITION && this.subjectId == null;
	}

	ClaimDraft toDraft() {
		return new ClaimDraft(this.statement, this.kind, this.subjectId,
				(this.topicIds != null) ? this.topicIds : Set.of());
	}

}
