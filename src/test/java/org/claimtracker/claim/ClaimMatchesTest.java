package org.claimtracker.claim;

import java.util.List;
import java.util.Set;

import org.claimtracker.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one ranking that suggests existing claims, on realistic near-duplicates and claims
 * that only share a matter or a person: rewordings of the same claim come first and read
 * as likely duplicates, the others after them or not at all.
 */
@SpringBootTest
class ClaimMatchesTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	ClaimMatches matches;

	@Autowired
	ClaimService claims;

	long lopez;

	long reed;

	long supportsRaise;

	long wantsWage;

	long opposesTax;

	long costsJobs;

	long busDepot;

	long reedRaise;

	@BeforeEach
	void claims() {
		this.lopez = this.make.person(this.make.unique("Maria Lopez"));
		this.reed = this.make.person(this.make.unique("Tom Reed"));
		this.supportsRaise = position(this.lopez,
				"Maria Lopez supports raising the state minimum wage to $15 an hour.");
		this.wantsWage = position(this.lopez, "Maria Lopez wants a $15 minimum wage in the state.");
		this.opposesTax = position(this.lopez, "Maria Lopez opposes any increase in the state sales tax.");
		this.costsJobs = this.make.claim("Raising the minimum wage to $15 would cost 1.3 million jobs nationwide.");
		this.busDepot = this.make.claim("The city council approved a new bus depot.");
		this.reedRaise = position(this.reed, "Tom Reed supports raising the state minimum wage to $15 an hour.");
	}

	@Test
	void aQuoteFindsTheClaimsOnItsMatterItsSpeakersFirst() {
		List<Long> found = this.matches
			.closestToQuote("I back a $15 state minimum wage, and I will vote for it.", this.lopez, 10)
			.stream()
			.map(ClaimSummary::id)
			.filter(this::ours)
			.toList();
		// the closest wording first; the speaker's own claims before another's on the
		// same
		// matter, and a claim about the speaker before a factual one that shares less
		assertThat(found).containsExactly(this.wantsWage, this.supportsRaise, this.reedRaise, this.opposesTax,
				this.costsJobs);
	}

	@Test
	void aRewordedClaimIsALikelyDuplicateAndOthersOnTheMatterAreNot() {
		List<ClaimMatches.Match> found = ours(this.matches
			.closestToClaim("Maria Lopez backs raising the state's minimum wage to $15.", this.lopez, null, 10));
		assertThat(found).extracting(ClaimMatches.Match::id)
			.containsExactly(this.supportsRaise, this.wantsWage, this.opposesTax, this.costsJobs);
		assertThat(found).extracting(ClaimMatches.Match::likelyDuplicate).containsExactly(true, true, false, false);
	}

	@Test
	void theSameWordsAboutAnotherPersonAreNoDuplicate() {
		List<ClaimMatches.Match> found = ours(
				this.matches.closestToClaim("Maria Lopez supports raising the state minimum wage to $15 an hour.",
						this.lopez, this.supportsRaise, 10));
		assertThat(found).extracting(ClaimMatches.Match::id)
			.startsWith(this.wantsWage)
			.doesNotContain(this.supportsRaise);
		ClaimMatches.Match reed = found.stream().filter((m) -> m.id() == this.reedRaise).findFirst().orElseThrow();
		assertThat(reed.likelyDuplicate()).isFalse();
		assertThat(found.get(0).likelyDuplicate()).isTrue();
	}

	@Test
	void wordsOnAnotherMatterFindNothingOfOurs() {
		assertThat(ours(
				this.matches.closestToClaim("Maria Lopez will repave every road in the county.", this.lopez, null, 10)))
			.extracting(ClaimMatches.Match::id)
			.doesNotContain(this.costsJobs, this.busDepot, this.reedRaise);
		assertThat(this.matches.closestToClaim("   ", null, null, 10)).isEmpty();
	}

	@Test
	void claimsJustAddedAreComparedWithThoseHeldBefore() {
		long reworded = position(this.lopez, "Maria Lopez backs raising the state's minimum wage to $15.");
		long fresh = position(this.lopez, "Maria Lopez will repave every road in the county.");
		assertThat(this.matches.likelyDuplicatesOf(List.of(reworded, fresh)))
			.containsExactlyEntriesOf(java.util.Map.of(reworded, this.supportsRaise));
	}

	private long position(long person, String statement) {
		return this.make.claim(new ClaimDraft(statement, ClaimKind.POSITION, person, Set.of()));
	}

	private boolean ours(long id) {
		return List
			.of(this.supportsRaise, this.wantsWage, this.opposesTax, this.costsJobs, this.busDepot, this.reedRaise)
			.contains(id);
	}

	private List<ClaimMatches.Match> ours(List<ClaimMatches.Match> found) {
		return found.stream().filter((m) -> ours(m.id())).toList();
	}

}
