package org.claimtracker.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.claimtracker.common.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate claim into the claim kept: the duplicate's evidence, appearances and
 * ratings move, its topics join the kept claim's, and its address answers with the kept
 * claim's from then on. What the two claims both had is the kept claim's: a quote linked
 * to both keeps the kept claim's link (the other's stance and rationale stay in its
 * history, and the merge's note names the quote), and so does a newsroom rating.
 */
@Service
public class ClaimMerging {

	private final ClaimRepository claims;

	private final EvidenceRepository evidence;

	private final ClaimAppearanceRepository appearances;

	private final ClaimRatingRepository ratings;

	private final ClaimMergeRepository merges;

	private final EntityManager entities;

	ClaimMerging(ClaimRepository claims, EvidenceRepository evidence, ClaimAppearanceRepository appearances,
			ClaimRatingRepository ratings, ClaimMergeRepository merges, EntityManager entities) {
		this.claims = claims;
		this.evidence = evidence;
		this.appearances = appearances;
		this.ratings = ratings;
		this.merges = merges;
		this.entities = entities;
	}

	/**
	 * Merges the claim {@code mergedId} into {@code keptId}, if the editor saw the
	 * current version of both; a stale one is refused and nothing changes.
	 */
	@Transactional
	public ClaimMerged merge(long keptId, int keptVersion, long mergedId, int mergedVersion) {
		if (keptId == mergedId) {
			throw new IllegalArgumentException("A claim cannot be merged into itself");
		}
		Claim kept = current(keptId, keptVersion);
		Claim merged = current(mergedId, mergedVersion);
		// the kept claim changes too: an editor's form of it from before the merge is
		// stale
		this.entities.lock(kept, LockModeType.OPTIMISTIC_FORCE_INCREMENT);

		Map<Long, Evidence> keptLinks = this.evidence.findAllByClaimId(keptId)
			.stream()
			.collect(Collectors.toMap((e) -> e.getQuote().getId(), (e) -> e));
		int moved = 0;
		List<Long> both = new ArrayList<>();
		for (Evidence link : this.evidence.findAllByClaimId(mergedId)) {
			if (keptLinks.containsKey(link.getQuote().getId())) {
				both.add(link.getQuote().getId());
				this.evidence.delete(link);
			}
			else {
				link.movedTo(kept);
				moved++;
			}
		}
		// a link moved never meets a link dropped: only the quotes the kept claim has no
		// link from move, so the unique (quote, claim) pair holds
		this.evidence.flush();

		List<ClaimAppearance> appearances = this.appearances.findAllByClaimId(mergedId);
		appearances.forEach((a) -> a.movedTo(kept));

		boolean ratingDropped = false;
		int ratingsMoved = 0;
		// a claim has one newsroom rating, and one of each checker's reviews
		Set<List<String>> keptRatings = this.ratings.findAllByClaimId(keptId)
			.stream()
			.map(ClaimMerging::ratingKey)
			.collect(Collectors.toSet());
		for (ClaimRating rating : this.ratings.findAllByClaimId(mergedId)) {
			if (keptRatings.contains(ratingKey(rating))) {
				ratingDropped |= rating.isNewsroom();
				this.ratings.delete(rating);
			}
			else {
				rating.movedTo(keptId);
				ratingsMoved++;
			}
		}
		this.ratings.flush();

		kept.addTopics(merged.getTopics());
		ClaimMerged outcome = new ClaimMerged(keptId, mergedId, moved, List.copyOf(both), appearances.size(),
				ratingsMoved, ratingDropped);
		this.merges.findAllByKeptId(mergedId).forEach((m) -> m.keptIn(keptId));
		this.merges.save(new ClaimMerge(mergedId, keptId, merged.getStatement(), outcome.note()));
		this.claims.delete(merged);
		this.claims.flush();
		return outcome;
	}

	/** The claim a merged claim's address answers with, if it was merged. */
	@Transactional(readOnly = true)
	public Optional<Long> mergedInto(long claimId) {
		return this.merges.findByMergedId(claimId).map(ClaimMerge::getKeptId);
	}

	private static List<String> ratingKey(ClaimRating rating) {
		return rating.isNewsroom() ? List.of()
				: List.of(Objects.toString(rating.getChecker(), ""), Objects.toString(rating.getReviewUrl(), ""));
	}

	private Claim current(long id, int version) {
		Claim claim = this.claims.findById(id).orElseThrow(() -> new ClaimNotFoundException("claim", id));
		if (claim.getVersion() != version) {
			throw new StaleEditException("claim", ClaimView.from(claim));
		}
		return claim;
	}

}
