package org.claimtracker;

import java.util.List;

import org.claimtracker.claim.Stance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database itself refuses rows the domain forbids, whatever writes them. (That the
 * tables exist needs no test: Flyway makes them and Hibernate validates the entities
 * against them, or no context starts.)
 */
@SpringBootTest
class DatabaseConstraintsTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	JdbcTemplate jdbc;

	long speaker;

	long article;

	long quote;

	long claim;

	long evidence;

	long appearance;

	@BeforeEach
	void rowsToCopy() {
		Fixtures.Article article = this.make.article("Ossowski said \"roads first\" in Georgia.");
		this.speaker = this.make.person(this.make.unique("Jon Ossowski"));
		this.article = article.id();
		this.quote = article.quote("roads first", this.speaker);
		this.claim = this.make.claim("Roads come first.");
		this.evidence = this.make.evidence(this.quote, this.claim, Stance.SUPPORTS);
		this.appearance = article.appearance(this.claim, "Georgia");
	}

	@Test
	void duplicateArticleUrlIsRefused() {
		assertRefused("""
				insert into article (outlet_id, title, published_on, url, body)
				select outlet_id, 'Copy', published_on, url, body from article where id = ?""", this.article);
	}

	@Test
	void duplicateEvidencePairIsRefused() {
		assertRefused("""
				insert into evidence (quote_id, claim_id, stance, rationale)
				select quote_id, claim_id, 'CONTRADICTS', 'again' from evidence where id = ?""", this.evidence);
	}

	@Test
	void quoteOffsetsMustFormASpan() {
		for (String span : List.of("5, 5", "6, 5", "-1, 5")) {
			assertRefused(
					"insert into quote (article_id, speaker_id, kind, anchor_start, anchor_end, exact) "
							+ "select article_id, speaker_id, kind, " + span + ", 'x' from quote where id = ?",
					this.quote);
		}
	}

	@Test
	void appearanceOffsetsMustFormASpan() {
		assertRefused(
				"insert into claim_appearance (claim_id, article_id, anchor_start, anchor_end, exact) "
						+ "select claim_id, article_id, 10, 3, 'x' from claim_appearance where id = ?",
				this.appearance);
	}

	@Test
	void enumsAreChecked() {
		assertRefused("update evidence set stance = 'MAYBE' where id = ?", this.evidence);
		assertRefused("update quote set kind = 'RUMOUR' where id = ?", this.quote);
		assertRefused("update claim set status = 'HIDDEN' where id = ?", this.claim);
	}

	@Test
	void positionClaimNeedsSubject() {
		assertRefused("insert into claim (statement, kind) values ('Someone supports something.', 'POSITION')");
	}

	@Test
	void quotedPersonCannotBeDeleted() {
		assertRefused("delete from person where id = ?", this.speaker);
	}

	private void assertRefused(String sql, Object... arguments) {
		long before = rowCount();
		assertThatThrownBy(() -> this.jdbc.update(sql, arguments)).as(sql)
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(rowCount()).isEqualTo(before);
	}

	private long rowCount() {
		return this.jdbc.queryForObject(
				"""
						select (select count(*) from article) + (select count(*) from quote) + (select count(*) from evidence)
						     + (select count(*) from claim) + (select count(*) from claim_appearance) + (select count(*) from person)""",
				Long.class);
	}

}
