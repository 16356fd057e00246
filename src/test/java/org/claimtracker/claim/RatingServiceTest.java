package org.claimtracker.claim;

import java.util.List;

import org.claimtracker.Fixtures;
import org.claimtracker.common.StaleEditException;
import org.claimtracker.history.Change;
import org.claimtracker.history.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The newsroom's rating of a claim: on the configured scale only, one per claim, kept in
 * history, a draft (unseen by readers) until the claim is published; ratings imported
 * from outside checkers stay beside it with their own scale and checker.
 */
@SpringBootTest
class RatingServiceTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	RatingService ratings;

	@Autowired
	HistoryService history;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theScaleIsTheConfiguredOneAndANameOffItIsRefused() {
		long claim = this.make.claim(this.make.unique("A claim to rate off the scale"));
		signIn("rater");

		assertThat(this.ratings.scale()).containsExactly("True", "Mostly true", "Half true", "Mostly false", "False");
		assertThatThrownBy(() -> this.ratings.rate(claim, null, "Pants on Fire!", "Because."))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(newsroomRows(claim)).isZero();

		// a name on the scale in another case is stored as the scale spells it
		this.ratings.rate(claim, null, "mostly FALSE", "The figures say otherwise.");
		assertThat(this.jdbc.queryForObject("select name from claim_rating where claim_id = ?", String.class, claim))
			.isEqualTo("Mostly false");
	}

	@Test
	void aClaimHasOneNewsroomRatingRatedAgainFromItsVersion() {
		long claim = this.make.claim(this.make.unique("A claim rated twice"));
		signIn("first");
		int version = this.ratings.rate(claim, null, "True", "First look.");
		signIn("second");

		// someone who did not see the rating cannot rate the claim afresh over it
		assertThatThrownBy(() -> this.ratings.rate(claim, null, "False", "Never saw the first."))
			.isInstanceOf(StaleEditException.class);
		// nor from an older version of it
		this.ratings.rate(claim, version, "Half true", "Second look.");
		assertThatThrownBy(() -> this.ratings.rate(claim, version, "False", "From the first version."))
			.isInstanceOf(StaleEditException.class);

		assertThat(newsroomRows(claim)).isOne();
		RatingView rating = this.ratings.newsroomRating(claim).orElseThrow();
		assertThat(rating.name()).isEqualTo("Half true");
		assertThat(rating.rationale()).isEqualTo("Second look.");
		assertThat(rating.ratedBy()).isEqualTo("second");
		assertThat(rating.ratedAt()).isNotNull();
		assertThat(rating.draft()).isTrue();
	}

	@Test
	void everyRatingIsKeptInTheClaimsHistoryWithWhoRatedIt() {
		long claim = this.make.claim(this.make.unique("A claim whose rating has a history"));
		signIn("historian");
		int version = this.ratings.rate(claim, null, "True", "First look.");
		this.ratings.rate(claim, version, "False", "Second look.");
		this.make.publishClaim(claim);

		assertThat(this.jdbc.queryForList("""
				select h.revtype from claim_rating_history h join claim_rating r on r.id = h.id
				where r.claim_id = ? order by h.rev""", Integer.class, claim)).containsExactly(0, 1, 1);
		List<Change> changes = this.history.of(HistoryService.Kind.CLAIM, claim);
		Change rated = changes.stream()
			.filter((c) -> c.fields().stream().anyMatch((f) -> f.name().equals("rating") && "False".equals(f.after())))
			.findFirst()
			.orElseThrow();
		assertThat(rated.by()).isEqualTo("historian");
		assertThat(rated.fields()).anySatisfy((f) -> {
			assertThat(f.name()).isEqualTo("rating");
			assertThat(f.before()).isEqualTo("True");
		});
		// publishing the claim published its rating in the same revision, shown as one
		// change
		Change published = changes.get(0);
		assertThat(published.fields()).extracting(Change.Field::name).contains("status", "rating status");
	}

	@Test
	void aDraftRatingIsUnseenByReadersUntilTheClaimIsPublished() {
		long claim = this.make.claim(this.make.unique("A claim rated in draft"));
		signIn("rater");
		this.ratings.rate(claim, null, "Mostly true", "Nearly all of it holds.");
		assertThat(this.ratings.newsroomRating(claim)).isPresent();

		SecurityContextHolder.clearContext();
		assertThat(this.ratings.newsroomRating(claim)).isEmpty();
		assertThat(this.ratings.ratingsOf(claim)).isEmpty();

		this.make.publishClaim(claim);
		assertThat(this.ratings.newsroomRating(claim)).get()
			.satisfies((r) -> assertThat(r.name()).isEqualTo("Mostly true"))
			.satisfies((r) -> assertThat(r.draft()).isFalse());
	}

	@Test
	void anImportedRatingKeepsItsScaleAndCheckerBesideTheNewsrooms() {
		long claim = this.make.claim(this.make.unique("A claim rated elsewhere too"));
		this.jdbc.update("""
				insert into claim_rating (claim_id, name, value, best, worst, checker, review_url, status)
				values (?, 'Pants on Fire!', '1', '6', '1', 'PolitiFact', 'https://example.org/review', 'PUBLISHED')""",
				claim);
		signIn("rater");
		this.ratings.rate(claim, null, "False", "Our own reading.");
		this.make.publishClaim(claim);

		List<RatingView> all = this.ratings.ratingsOf(claim);
		assertThat(all).hasSize(2);
		assertThat(all.get(0).newsroom()).isTrue();
		assertThat(all.get(0).name()).isEqualTo("False");
		RatingView imported = all.get(1);
		assertThat(imported.checker()).isEqualTo("PolitiFact");
		assertThat(imported.name()).isEqualTo("Pants on Fire!");
		assertThat(imported.value()).isEqualTo("1");
		assertThat(imported.best()).isEqualTo("6");
		assertThat(imported.reviewLink()).isEqualTo("https://example.org/review");
		assertThat(imported.rationale()).isNull();
	}

	private int newsroomRows(long claim) {
		return this.jdbc.queryForObject("select count(*) from claim_rating where claim_id = ? and checker is null",
				Integer.class, claim);
	}

	private static void signIn(String name) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
					AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
	}

}
