package org.claimtracker.demo;

import org.claimtracker.DemoIds;
import org.claimtracker.Fixtures;
import org.claimtracker.utterance.Alteration;
import org.claimtracker.utterance.UtteranceService;
import org.claimtracker.utterance.UtteranceView;
import org.claimtracker.utterance.VersionView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data set's two follow-up articles re-quote Ossoff's "bonds of trust", one
 * dropping a word and one with a bracketed substitution: loaded after the seed, their
 * quotes join the seed quote's utterance as altered versions, so that a newcomer meets an
 * altered quote on first start. The seed article itself stays as curated.
 */
@SpringBootTest
class DemoFollowUpsTest {

	static final String TRUST = "There have to be bonds of trust";

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	DemoDataLoader loader;

	@Autowired
	UtteranceService utterances;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Value("classpath:demo/follow-ups.json")
	Resource followUps;

	DemoIds demo;

	@BeforeEach
	void loadTheFollowUps() {
		this.make.removeArticlesAt("https://georgiadailyrecord.example/%");
		this.make.removeArticlesAt("https://southernbeacon.example/%");
		this.demo = new DemoIds(this.jdbc);
		assertThat(this.loader.loadFollowUps(DemoFollowUps.read(this.json, this.followUps))).isEqualTo(2);
	}

	@Test
	void theReQuotesJoinTheSeedQuotesUtteranceAsAlteredVersions() {
		long seed = this.demo.quote(TRUST);
		UtteranceView utterance = this.utterances.utterance(utteranceOf(seed));
		assertThat(utterance.versions()).hasSize(3);
		assertThat(utterance.reference().quote().id()).isEqualTo(seed);
		assertThat(utterance.versions()).extracting((v) -> v.quote().outlet())
			.containsExactly("Breitbart News", "Georgia Daily Record", "Southern Beacon");
		VersionView dropped = utterance.versions().get(1);
		assertThat(dropped.altered()).isTrue();
		assertThat(dropped.alterations()).singleElement()
			.satisfies((a) -> assertThat(a).extracting(Alteration::kind, Alteration::removed)
				.containsExactly(Alteration.Kind.OMISSION, "local"));
		VersionView bracketed = utterance.versions().get(2);
		assertThat(bracketed.altered()).isTrue();
		assertThat(bracketed.alterations()).singleElement()
			.satisfies((a) -> assertThat(a).extracting(Alteration::kind, Alteration::removed, Alteration::added)
				.containsExactly(Alteration.Kind.SUBSTITUTION, "local communities", "[illegal aliens]"));
		assertThat(this.jdbc.queryForList("select altered from quote where utterance_id = ? order by id", Boolean.class,
				utteranceOf(seed)))
			.containsExactly(false, true, true);
	}

	@Test
	void aPartialReQuoteThatOnlyCutsTheEndsIsAVersionButNotAltered() {
		long seed = this.demo.quote("I think that federal immigration law");
		UtteranceView utterance = this.utterances.utterance(utteranceOf(seed));
		assertThat(utterance.versions()).hasSize(2);
		assertThat(utterance.versions().get(1).altered()).isFalse();
		assertThat(utterance.versions().get(1).alterations()).extracting(Alteration::kind)
			.containsExactly(Alteration.Kind.TRUNCATED_START, Alteration.Kind.TRUNCATED_END);
	}

	@Test
	void theSeedArticleKeepsItsCuratedQuotesAndLoadingAgainAddsNothing() {
		assertThat(this.jdbc.queryForObject("select count(*) from quote where article_id = ?", Long.class,
				this.demo.article()))
			.isEqualTo(8);
		assertThat(this.loader.loadFollowUps(DemoFollowUps.read(this.json, this.followUps))).isZero();
	}

	private long utteranceOf(long quote) {
		return this.jdbc.queryForObject("select utterance_id from quote where id = ?", Long.class, quote);
	}

}
