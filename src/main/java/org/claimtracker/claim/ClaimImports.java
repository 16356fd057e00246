package org.claimtracker.claim;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.claimtracker.common.ImportOutcome;
import org.claimtracker.person.PersonService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims taken from an import. A claim is the same as one already held when its words
 * are, in any case and spacing, and so is its subject: then only a new or changed rating
 * changes it.
 */
@Service
public class ClaimImports {

	private final ClaimRepository claims;

	private final ClaimRatingRepository ratings;

	private final TopicService topics;

	private final PersonService people;

	ClaimImports(ClaimRepository claims, ClaimRatingRepository ratings, TopicService topics, PersonService people) {
		this.claims = claims;
		this.ratings = ratings;
		this.topics = topics;
		this.people = people;
	}

	@Transactional
	public ImportOutcome take(ClaimImport given) {
		Optional<Claim> held = this.claims
			.findIdByWords(key(given.statement()), given.subjectId() == null ? -1 : given.subjectId())
			.stream()
			.findFirst()
			.flatMap(this.claims::findById);
		if (held.isEmpty()) {
			add(given);
			return ImportOutcome.ADDED;
		}
		return rate(held.get(), given) ? ImportOutcome.CORRECTED : ImportOutcome.UNCHANGED;
	}

	private void add(ClaimImport given) {
		Claim claim = new Claim(given.statement().strip(), ClaimKind.FACTUAL,
				given.subjectId() == null ? null : this.people.find(given.subjectId()),
				this.topics.named(given.topics(), given.status()));
		claim.madeAt(given.madeOn(), given.sourceUrl());
		claim.setStatus(given.status());
		this.claims.save(claim);
		rate(claim, given);
	}

	/** Keeps the rating given on the claim; answers whether that changed anything. */
	private boolean rate(Claim claim, ClaimImport given) {
		RatingGiven rating = given.rating();
		if (rating == null) {
			return false;
		}
		List<ClaimRating> held = this.ratings.findByClaimId(claim.getId());
		Optional<ClaimRating> same = held.stream().filter((r) -> r.byCheckerOf(rating)).findFirst();
		if (same.isPresent()) {
			if (same.get().sameAs(rating)) {
				return false;
			}
			same.get().rate(rating);
			return true;
		}
		ClaimRating added = new ClaimRating(claim, rating);
		added.setStatus(given.status());
		this.ratings.save(added);
		return true;
	}

	/** The claim's words as they are compared: in lower case, white space collapsed. */
	static String key(String statement) {
		return statement.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
