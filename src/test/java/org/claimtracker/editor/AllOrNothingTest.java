package org.claimtracker.editor;

import java.util.List;

import org.claimtracker.Fixtures;
import org.claimtracker.claim.Stance;
import org.claimtracker.common.Publication;
import org.claimtracker.correction.RoadsArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An editor's action changes all it should or nothing: when the database refuses one of
 * its rows, the rows it changed before are not left changed. The refusal is real: a
 * trigger that this test adds to one table and drops again. The test runs outside a test
 * transaction, so that what the action commits is committed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AllOrNothingTest {

	static final String REFUSAL = "refused by AllOrNothingTest";

	static final String SPEAKER = "Mayor Ada All-or-Nothing";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@RegisterExtension
	final Fixtures make = new Fixtures();

	long article;

	@AfterEach
	void removeTheTrigger() {
		this.jdbc.execute("drop function if exists refuse_for_test() cascade");
	}

	/**
	 * Publishing an article publishes its quotes, their new speaker, their evidence and
	 * its claim appearances; whichever of them cannot be published, the article stays a
	 * draft with all of them.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "quote", "person", "evidence", "claim_appearance" })
	void anArticleIsPublishedWithAllItHoldsOrNotAtAll(String refusing) throws Exception {
		Fixtures.Article article = this.make.article(RoadsArticle.BODY);
		this.article = article.id();
		long speaker = this.make.person(this.make.unique(SPEAKER), Publication.DRAFT);
		long quote = article.quote(RoadsArticle.QUOTE, speaker);
		long claim = this.make.claim("The mayor fixes the roads.");
		this.make.evidence(quote, claim, Stance.SUPPORTS);
		article.appearance(claim, RoadsArticle.QUOTE);
		refuse("update of status", refusing);

		assertThatThrownBy(
				() -> this.editors().send("/editor/articles/" + this.article + "/publish", "confirm", "true"))
			.rootCause()
			.hasMessageContaining(REFUSAL);
		assertThat(statuses()).containsExactly("DRAFT", "DRAFT", "DRAFT", "DRAFT", "DRAFT");

		this.jdbc.execute("drop function refuse_for_test() cascade");
		this.editors()
			.send("/editor/articles/" + this.article + "/publish", "confirm", "true")
			.andExpect(status().is3xxRedirection());
		assertThat(statuses()).containsExactly("PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED");
	}

	/**
	 * A quote marked with a new speaker adds the speaker with the quote: a quote the
	 * database refuses leaves no one added.
	 */
	@Test
	void aQuoteThatCannotBeSavedAddsNoNewSpeaker() throws Exception {
		this.article = this.make.article(RoadsArticle.BODY).id();
		String speaker = this.make.unique(SPEAKER);
		refuse("insert", "quote");

		assertThatThrownBy(() -> this.editors()
			.send("/editor/articles/" + this.article + "/quotes", "exact", RoadsArticle.QUOTE, "newSpeaker", speaker,
					"kind", "DIRECT"))
			.rootCause()
			.hasMessageContaining(REFUSAL);
		assertThat(this.jdbc.queryForObject("select count(*) from person where name = ?", Integer.class, speaker))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from quote where article_id = ?", Integer.class,
				this.article))
			.isZero();
	}

	private EditorPages editors() {
		return new EditorPages(this.mvc);
	}

	/**
	 * Makes the database refuse every such change of the table's rows: an {@code insert},
	 * or an {@code update of status} (not any update, for publishing an article updates
	 * its quotes' search columns itself).
	 */
	private void refuse(String change, String table) {
		this.jdbc.execute("create function refuse_for_test() returns trigger language plpgsql as $$ begin raise "
				+ "exception '" + REFUSAL + "'; end $$");
		this.jdbc.execute("create trigger refuse_for_test before " + change + " on " + table
				+ " for each row execute function refuse_for_test()");
	}

	/**
	 * The publication states of the article, its quote, the quote's speaker, the quote's
	 * evidence and the article's claim appearance.
	 */
	private List<String> statuses() {
		return this.jdbc.queryForList("""
				select a.status from article a where a.id = ?
				union all select q.status from quote q where q.article_id = ?
				union all select p.status from person p join quote q on q.speaker_id = p.id where q.article_id = ?
				union all select e.status from evidence e join quote q on q.id = e.quote_id where q.article_id = ?
				union all select c.status from claim_appearance c where c.article_id = ?""", String.class, this.article,
				this.article, this.article, this.article, this.article);
	}

}
