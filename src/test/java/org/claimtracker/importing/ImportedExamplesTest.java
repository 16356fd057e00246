package org.claimtracker.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.claimtracker.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example files that docs/import.md documents, each imported whole: what they give is
 * in the database as they say.
 */
@SpringBootTest
class ImportedExamplesTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	ImportService imports;

	@Autowired
	JdbcTemplate jdbc;

	/** Who imports, so that what the test's imports made can be found and removed. */
	final String importer = this.make.unique("examples").replace(' ', '-').toLowerCase();

	@AfterEach
	void removeImported() {
		for (String table : List.of("article", "claim", "person", "topic", "outlet")) {
			this.jdbc.queryForList("select id from " + table + " where created_by = ?", Long.class, this.importer)
				.forEach((id) -> this.make.removeAfter(table, id));
		}
	}

	@Test
	void claimsFromCsvComeWithTheirSpeakerTopicsSourceAndRating() {
		ImportStatus run = run("claims.csv");

		assertThat(run).extracting(ImportStatus::added, ImportStatus::failed).containsExactly(4L, 0L);
		assertThat(run.problems()).singleElement()
			.satisfies((notice) -> assertThat(notice.reason()).contains("unknown columns").contains("Notes"));
		Map<String, Object> claim = this.jdbc.queryForMap("""
				select c.status, c.made_on, c.source_url, p.name as speaker, r.name as rating, r.checker
				from claim c join person p on p.id = c.subject_id join claim_rating r on r.claim_id = c.id
				where c.statement like 'Our plan will bring back 20,000%' and c.created_by = ?""", this.importer);
		assertThat(claim).containsEntry("status", "DRAFT")
			.containsEntry("speaker", "Dana Whitfield")
			.containsEntry("rating", "Unproven")
			.containsEntry("checker", null)
			.containsEntry("source_url",
					"https://www.valleytribune.example/politics/2016/10/01/whitfield-rally-jobs-plan");
		assertThat(claim.get("made_on")).hasToString("2016-10-01");
		assertThat(this.jdbc.queryForList("""
				select t.slug from claim c join claim_topic ct on ct.claim_id = c.id join topic t on t.id = ct.topic_id
				where c.statement like 'Our plan will bring back 20,000%' and c.created_by = ? order by t.slug""",
				String.class, this.importer))
			.containsExactly("economy", "jobs");
	}

	@Test
	void aClaimReviewFeedKeepsEachRatingOnItsOwnScaleWithItsChecker() {
		ImportStatus run = run("claimreview-feed.json");

		assertThat(run).extracting(ImportStatus::added, ImportStatus::failed).containsExactly(3L, 0L);
		Map<String, Object> rating = this.jdbc.queryForMap("""
				select r.name, r.value, r.best, r.worst, r.checker, r.review_url, r.reviewed_on, p.name as speaker
				from claim c join claim_rating r on r.claim_id = c.id join person p on p.id = c.subject_id
				where c.statement = 'The state has never spent more on its classrooms than it does today.'
				  and c.created_by = ?""", this.importer);
		assertThat(rating).containsEntry("name", "Half True")
			.containsEntry("value", "3")
			.containsEntry("best", "6")
			.containsEntry("worst", "1")
			.containsEntry("checker", "Lakeshore Verify")
			.containsEntry("speaker", "Glenn Harstad")
			.containsEntry("review_url", "https://lakeshoreverify.example/2018/10/harstad-classroom-spending");

		ImportStatus again = run("claimreview-feed.json");

		assertThat(again).extracting(ImportStatus::added, ImportStatus::unchanged).containsExactly(0L, 3L);
	}

	@Test
	void articlesFromJsonLinesSavedPagesAndAZipOfThem() {
		assertThat(run("articles.jsonl")).extracting(ImportStatus::added, ImportStatus::failed).containsExactly(3L, 0L);
		assertThat(run("page.html").added()).isEqualTo(1);
		ImportStatus openGraph = run("page-opengraph.html");
		assertThat(openGraph.added()).isEqualTo(1);
		assertThat(this.jdbc.queryForMap(
				"select a.published_on, o.name from article a join outlet o on o.id = a.outlet_id where a.url = ?",
				"https://www.graniteweekly.example/2016/11/05/early-vote-lines-manchester"))
			.hasEntrySatisfying("published_on", (date) -> assertThat(date).hasToString("2016-11-05"));
		assertThat(run("pages.zip").added()).isEqualTo(2);
		assertThat(this.jdbc.queryForList("select url from article where created_by = ? order by url", String.class,
				this.importer))
			.hasSize(7)
			.contains("https://www.potomacdispatch.example/2017/10/19/governor-transit-promises",
					"https://gulfcoastcourier.example/2017/12/08/special-election-turnout");
	}

	private ImportStatus run(String example) {
		return this.imports.run(List.of(new ImportFile(example, Path.of("docs/import", example))), false,
				this.importer);
	}

}
