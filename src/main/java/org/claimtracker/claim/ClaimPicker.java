package org.claimtracker.claim;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimtracker.common.Publication;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The claims an editor picks from when linking a quote or marking an appearance. */
@Service
public class ClaimPicker {

	/** How many claims an editor is offered to pick from at once. */
	public static final int TO_PICK = 100;

	private final ClaimRepository claims;

	private final ClaimSummaries summaries;

	ClaimPicker(ClaimRepository claims, ClaimSummaries summaries) {
		this.claims = claims;
		this.summaries = summaries;
	}

	/**
	 * Claims for an editor to pick from, drafts included: those whose statement holds the
	 * words, or else the newest; up to {@value #TO_PICK}, and the one already chosen
	 * whatever the rest.
	 */
	@Transactional(readOnly = true)
	public List<ClaimSummary> claimsToPick(@Nullable String words, @Nullable Long chosen) {
		Set<Publication> every = EnumSet.allOf(Publication.class);
		List<ClaimCount> found = new ArrayList<>(
				(words == null || words.isBlank()) ? this.claims.findNewestCounts(every, Limit.of(TO_PICK))
						: this.claims.findCountsLike(likePattern(words), every, Limit.of(TO_PICK)));
		if (chosen != null && found.stream().noneMatch((c) -> c.id() == chosen)) {
			found.addAll(0, this.claims.findCountsOf(List.of(chosen), every));
		}
		return this.summaries.of(found);
	}

	/**
	 * The words anywhere in a statement, case aside, with {@code like}'s own characters
	 * taken as they are.
	 */
	static String likePattern(String words) {
		String escaped = words.strip()
			.toLowerCase(Locale.ROOT)
			.replace("!", "!!")
			.replace("%", "!%")
			.replace("_", "!_");
		return "%" + escaped + "%";
	}

}
