package org.claimtracker.utterance;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.claimtracker.Fixtures;
import org.claimtracker.common.StaleEditException;
import org.claimtracker.history.Change;
import org.claimtracker.history.HistoryService;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.QuoteRevision;
import org.claimtracker.quote.QuoteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A quote joins the utterance of the speaker's quote it repeats when it is marked, marked
 * again or reattributed, or starts one of its own; editors split and merge utterances,
 * and the quotes' history keeps it.
 */
@SpringBootTest
class UtterancePlacementTest {

	static final String SAID = "There have to be bonds of trust between local communities and local law enforcement.";

	static final String DROPPED = "There have to be bonds of trust between local communities and law enforcement.";

	static final String OTHER = "We will fund the police and we will fund them well, so that they can do their jobs.";

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	QuoteService quotes;

	@Autowired
	UtteranceService utterances;

	@Autowired
	HistoryService history;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UtteranceRows rows;

	long speaker;

	long first;

	long requoted;

	long other;

	@BeforeEach
	void threeQuotesInTwoArticles() {
		this.speaker = this.make.person(this.make.unique("Senator"));
		Fixtures.Article earlier = this.make.article(
				"She told the crowd: “" + SAID + "” " + "Later she added: “" + OTHER + "”", LocalDate.of(2024, 5, 6));
		this.first = earlier.quote(SAID, this.speaker);
		this.other = earlier.quote(OTHER, this.speaker);
		earlier.publish();
		Fixtures.Article later = this.make.article("The senator repeated that “" + DROPPED + "”",
				LocalDate.of(2024, 5, 9));
		this.requoted = later.quote(DROPPED, this.speaker);
		later.publish();
	}

	@Test
	void aReQuoteJoinsTheUtteranceItRepeatsAndIsFlaggedAltered() {
		assertThat(utteranceOf(this.requoted)).isEqualTo(utteranceOf(this.first));
		assertThat(utteranceOf(this.other)).isNotEqualTo(utteranceOf(this.first));
		assertThat(altered(this.first)).isFalse();
		assertThat(altered(this.requoted)).isTrue();
		assertThat(this.quotes.quote(this.requoted).utteranceId()).isEqualTo(utteranceOf(this.first));
		assertThat(this.quotes.quote(this.requoted).altered()).isTrue();
	}

	@Test
	void theUtteranceListsTheReferenceFirstWithEachVersionsFlags() {
		UtteranceView view = this.utterances.utterance(utteranceOf(this.first));
		assertThat(view.versions()).extracting((v) -> v.quote().id()).containsExactly(this.first, this.requoted);
		assertThat(view.reference().reference()).isTrue();
		assertThat(view.versions().get(1).alterations()).singleElement().satisfies((a) -> {
			assertThat(a.kind()).isEqualTo(Alteration.Kind.OMISSION);
			assertThat(a.removed()).isEqualTo("local");
		});
		assertThat(view.outlets()).isEqualTo(2);
		assertThat(view.alteredVersions()).isEqualTo(1);
	}

	@Test
	void aParaphraseStartsAnUtteranceOfItsOwn() {
		Fixtures.Article article = this.make.article("She said “" + SAID + "”", LocalDate.of(2024, 5, 10));
		long paraphrase = article.quote(SAID, this.speaker, QuoteKind.PARAPHRASE);
		assertThat(utteranceOf(paraphrase)).isNotEqualTo(utteranceOf(this.first));
	}

	@Test
	void anotherSpeakersSameWordsAreAnotherUtterance() {
		long someoneElse = this.make.person(this.make.unique("Mayor"));
		Fixtures.Article article = this.make.article("He said “" + SAID + "”", LocalDate.of(2024, 5, 10));
		long quote = article.quote(SAID, someoneElse);
		assertThat(utteranceOf(quote)).isNotEqualTo(utteranceOf(this.first));
	}

	@Test
	void aQuoteMarkedAgainOnOtherWordsMovesAndTheFlagsFollow() {
		String body = this.jdbc.queryForObject(
				"select a.body from article a join quote q on q.article_id = a.id where q.id = ?", String.class,
				this.requoted);
		int start = body.indexOf("The senator repeated");
		this.quotes.anchor(this.requoted, version(this.requoted), start, start + "The senator repeated".length(),
				"The senator repeated");
		assertThat(utteranceOf(this.requoted)).isNotEqualTo(utteranceOf(this.first));
		assertThat(altered(this.requoted)).isFalse();
	}

	@Test
	void aReattributedQuoteLeavesItsSpeakersUtterance() {
		long someoneElse = this.make.person(this.make.unique("Mayor"));
		this.quotes.revise(this.requoted, version(this.requoted),
				new QuoteRevision(someoneElse, QuoteKind.DIRECT, null, null));
		assertThat(utteranceOf(this.requoted)).isNotEqualTo(utteranceOf(this.first));
		assertThat(speakerOfUtterance(utteranceOf(this.requoted))).isEqualTo(someoneElse);
	}

	@Test
	void deletingAVersionLeavesTheRestFlaggedAndAnEmptyUtteranceGoes() {
		long alone = utteranceOf(this.other);
		this.quotes.delete(this.other, version(this.other));
		assertThat(this.jdbc.queryForObject("select count(*) from utterance where id = ?", Integer.class, alone))
			.isZero();
		this.quotes.delete(this.first, version(this.first));
		// the dropped-word version is the only one left, so the reference: nothing alters
		// it
		assertThat(altered(this.requoted)).isFalse();
	}

	@Test
	void anEditorSplitsAVersionOffAndMergesItBackAndHistoryKeepsBoth() {
		long shared = utteranceOf(this.first);
		long alone = this.utterances.split(shared, this.utterances.utterance(shared).version(), this.requoted);
		assertThat(alone).isNotEqualTo(shared);
		assertThat(utteranceOf(this.requoted)).isEqualTo(alone);
		assertThat(altered(this.requoted)).isFalse();
		assertThat(utteranceOf(this.first)).isEqualTo(shared);

		this.utterances.merge(shared, this.utterances.utterance(shared).version(), alone,
				this.utterances.utterance(alone).version());
		assertThat(utteranceOf(this.requoted)).isEqualTo(shared);
		assertThat(altered(this.requoted)).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from utterance where id = ?", Integer.class, alone))
			.isZero();

		List<Change> changes = this.history.of(HistoryService.Kind.QUOTE, this.requoted);
		assertThat(changes).extracting(Change::fields).anySatisfy((fields) -> assertThat(fields).anySatisfy((f) -> {
			assertThat(f.name()).isEqualTo("utterance");
			assertThat(f.after()).isEqualTo("#" + alone);
		})).anySatisfy((fields) -> assertThat(fields).anySatisfy((f) -> {
			assertThat(f.name()).isEqualTo("utterance");
			assertThat(f.before()).isEqualTo("#" + alone);
			assertThat(f.after()).isEqualTo("#" + shared);
		}));
	}

	@Test
	void aSplitOrMergeFromAStaleVersionChangesNothing() {
		long shared = utteranceOf(this.first);
		int seen = this.utterances.utterance(shared).version();
		this.utterances.split(shared, seen, this.requoted);
		assertThatThrownBy(() -> this.utterances.split(shared, seen, this.first))
			.isInstanceOf(StaleEditException.class);
		long alone = utteranceOf(this.requoted);
		assertThatThrownBy(() -> this.utterances.merge(shared, seen, alone, 0)).isInstanceOf(StaleEditException.class);
		assertThat(utteranceOf(this.requoted)).isEqualTo(alone);
	}

	@Test
	void utterancesOfTwoSpeakersAreNotMerged() {
		long someoneElse = this.make.person(this.make.unique("Mayor"));
		Fixtures.Article article = this.make.article("He said “" + OTHER + "”", LocalDate.of(2024, 5, 10));
		long quote = article.quote(OTHER, someoneElse);
		assertThatThrownBy(() -> this.utterances.merge(utteranceOf(this.first), 0, utteranceOf(quote), 0))
			.isInstanceOf(MergeRefusedException.class);
	}

	/**
	 * With many quotes by one speaker, the candidates come from the trigram index on the
	 * speaker and the normalised words, not from reading the speaker's quotes.
	 */
	@Test
	void candidatesAreFoundThroughThePerSpeakerTrigramIndex() {
		Fixtures.Article article = this.make.article("Many remarks.", LocalDate.of(2024, 5, 10));
		this.jdbc.update("insert into quote (article_id, speaker_id, kind, anchor_start, anchor_end, exact) "
				+ "select ?, ?, 'DIRECT', 0, 4, 'Remark ' || g || ' on ' || md5(g::text) || ' and ' || md5((g + 1)::text) "
				+ "from generate_series(1, 20000) g", article.id(), this.speaker);
		this.jdbc.execute("analyze quote");
		String plan = this.jdbc.execute((ConnectionCallback<String>) (connection) -> {
			// a table of this size is read whole faster than through any index; at the
			// size
			// where it matters it is not, and the planner has only the indexes to choose
			// from
			try (Statement settings = connection.createStatement()) {
				settings.execute("set enable_seqscan = off");
			}
			List<List<String>> runs = UtteranceRows.runs(this.rows.keys(this.first));
			try (PreparedStatement explain = connection
				.prepareStatement("explain " + UtteranceRows.candidates(runs.size()))) {
				explain.setLong(1, this.first);
				for (int i = 0; i < runs.size(); i++) {
					explain.setArray(i + 2, connection.createArrayOf("text", runs.get(i).toArray()));
				}
				explain.setInt(runs.size() + 2, UtteranceRows.MOST_CANDIDATES);
				StringBuilder lines = new StringBuilder();
				try (ResultSet rs = explain.executeQuery()) {
					while (rs.next()) {
						lines.append(rs.getString(1)).append('\n');
					}
				}
				return lines.toString();
			}
			finally {
				try (Statement settings = connection.createStatement()) {
					settings.execute("reset enable_seqscan");
				}
			}
		});
		assertThat(plan).contains("quote_utterance_keys_idx").doesNotContain("quote_speaker_dated_idx");
	}

	private long utteranceOf(long quote) {
		return this.jdbc.queryForObject("select utterance_id from quote where id = ?", Long.class, quote);
	}

	private boolean altered(long quote) {
		return this.jdbc.queryForObject("select altered from quote where id = ?", Boolean.class, quote);
	}

	private int version(long quote) {
		return this.jdbc.queryForObject("select version from quote where id = ?", Integer.class, quote);
	}

	private long speakerOfUtterance(long utterance) {
		return this.jdbc.queryForObject("select speaker_id from utterance where id = ?", Long.class, utterance);
	}

}
