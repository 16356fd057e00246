package org.claimtracker.utterance;

import java.time.LocalDate;

import org.claimtracker.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regrouping from scratch puts quotes loaded in bulk (each on its own, as the migration
 * and a bulk load leave them) into the utterances placement would have made, flags the
 * altered versions, and removes the utterances left empty.
 */
@SpringBootTest
class UtteranceRegroupingTest {

	static final String SAID = "Our schools should be teaching reading, writing and arithmetic, not politics.";

	static final String BRACKETED = "Our schools should be teaching reading, writing and arithmetic, not [critical race theory].";

	static final String OTHER = "Parents, not bureaucrats, should decide what their kids are taught in every classroom.";

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	UtteranceRegrouping regrouping;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void quotesLoadedInBulkAreGroupedFromScratch() {
		long speaker = this.make.person(this.make.unique("Candidate"));
		Fixtures.Article article = this.make.article("Text.", LocalDate.of(2024, 5, 6));
		long first = bulk(article, speaker, SAID);
		long second = bulk(article, speaker, BRACKETED);
		long other = bulk(article, speaker, OTHER);
		assertThat(utteranceOf(first)).isNotEqualTo(utteranceOf(second));
		long before = utteranceOf(second);

		UtteranceRegrouping.Regrouped done = this.regrouping.regroupAll();

		assertThat(done.moved()).isPositive();
		assertThat(utteranceOf(second)).isEqualTo(utteranceOf(first));
		assertThat(utteranceOf(other)).isNotEqualTo(utteranceOf(first));
		assertThat(this.jdbc.queryForObject("select altered from quote where id = ?", Boolean.class, second)).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from utterance where id = ?", Integer.class, before))
			.isZero();
		assertThat(this.regrouping.regroupAll().moved()).as("a second regrouping changes nothing").isZero();
	}

	/** A quote as a bulk load writes it: straight into the table, in no utterance yet. */
	private long bulk(Fixtures.Article article, long speaker, String words) {
		return this.jdbc.queryForObject("""
				insert into quote (article_id, speaker_id, kind, anchor_start, anchor_end, exact)
				values (?, ?, 'DIRECT', 0, 4, ?) returning id""", Long.class, article.id(), speaker, words);
	}

	private long utteranceOf(long quote) {
		return this.jdbc.queryForObject("select utterance_id from quote where id = ?", Long.class, quote);
	}

}
