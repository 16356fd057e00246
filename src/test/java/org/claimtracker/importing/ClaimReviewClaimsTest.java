package org.claimtracker.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.importing.ImportTestFiles.claims;
import static org.claimtracker.importing.ImportTestFiles.example;
import static org.claimtracker.importing.ImportTestFiles.write;

/**
 * schema.org ClaimReview, as one review, a list, a DataFeed or a JSON-LD graph: each
 * review a claim with its rating on the checker's own scale.
 */
class ClaimReviewClaimsTest {

	private static final String REVIEW = """
			{"@type": "ClaimReview", "claimReviewed": "%s",
			 "reviewRating": {"@type": "Rating", "alternateName": "False"}}""";

	@TempDir
	Path folder;

	@Test
	void readsASingleReview() throws IOException {
		List<ImportRecord<ImportedClaim>> records = claims(example("claimreview.json"), "claimreview.json", 0);

		assertThat(records).hasSize(1);
		assertThat(records.get(0).where()).isEqualTo("entry 1");
		ImportedClaim claim = records.get(0).item();
		assertThat(claim.statement())
			.isEqualTo("Her plan would bring back 20,000 manufacturing jobs to the Miami Valley within four years.");
		assertThat(claim.speaker()).isEqualTo("Dana Whitfield");
		assertThat(claim.madeOn()).isEqualTo(LocalDate.of(2016, 10, 1));
		assertThat(claim.sourceUrl())
			.isEqualTo("https://www.valleytribune.example/politics/2016/10/01/whitfield-rally-jobs-plan");
		assertThat(claim.topics()).isEmpty();
		assertThat(claim.rating()).isEqualTo(new ImportedRating("Mostly False", "2", "5", "1", "Buckeye Fact Desk",
				"https://factdesk.example/checks/2016/whitfield-20000-jobs", LocalDate.of(2016, 10, 4)));
		assertThat(ImportFiles.count(example("claimreview.json"), "claimreview.json")).isEqualTo(1);
	}

	@Test
	void readsADataFeedOfReviewsOnTheirOwnScales() throws IOException {
		List<ImportRecord<ImportedClaim>> records = claims(example("claimreview-feed.json"), "claimreview-feed.json",
				0);

		assertThat(records).extracting(ImportRecord::where).containsExactly("entry 1", "entry 2", "entry 3");
		assertThat(records).extracting(ImportRecord::position).containsExactly(0L, 1L, 2L);
		ImportedClaim schools = records.get(0).item();
		assertThat(schools.speaker()).isEqualTo("Glenn Harstad");
		assertThat(schools.sourceUrl()).as("the first appearance")
			.isEqualTo("https://lakeshoreherald.example/news/2018-10-22/governor-debate-school-funding");
		assertThat(schools.rating()).isEqualTo(new ImportedRating("Half True", "3", "6", "1", "Lakeshore Verify",
				"https://lakeshoreverify.example/2018/10/harstad-classroom-spending", LocalDate.of(2018, 10, 24)));
		ImportedClaim border = records.get(1).item();
		assertThat(border.speaker()).as("an author given as text").isEqualTo("Rosa Villarreal");
		assertThat(border.sourceUrl())
			.isEqualTo("https://www.desertsun-ledger.example/2018/11/02/senate-race-ad-border");
		assertThat(border.rating().name()).isEqualTo("Misleading");
		assertThat(border.rating().value()).isNull();
		assertThat(border.rating().reviewedOn()).as("the date as written").isEqualTo(LocalDate.of(2018, 11, 3));
		ImportedClaim turnout = records.get(2).item();
		assertThat(turnout.speaker()).isEqualTo("Lena Brightwater");
		assertThat(turnout.sourceUrl()).isNull();
		assertThat(turnout.rating()).as("numbers as written")
			.isEqualTo(new ImportedRating(null, "92.50", "100", "0", "Civic Meter",
					"https://civicmeter.example/ratings/brightwater-youth-turnout", LocalDate.of(2018, 11, 9)));
		assertThat(ImportFiles.count(example("claimreview-feed.json"), "claimreview-feed.json")).isEqualTo(3);
		assertThat(claims(example("claimreview-feed.json"), "claimreview-feed.json", 1))
			.isEqualTo(records.subList(1, 3));
	}

	@Test
	void readsAListAndTheReviewsOfAGraph() throws IOException {
		Path list = write(this.folder, "list.json",
				"[" + REVIEW.formatted("One.") + ", " + REVIEW.formatted("Two.") + "]");
		Path graph = write(this.folder, "graph.jsonld", """
				{"@context": "https://schema.org", "@graph": [
				  {"@type": "WebPage", "name": "Fact checks", "claimReviewed": "not a review"},
				  %s,
				  {"@type": "Organization", "name": "Civic Meter"},
				  %s
				]}""".formatted(REVIEW.formatted("One."), REVIEW.formatted("Two.")));

		assertThat(claims(list, "list.json", 0)).extracting((record) -> record.item().statement())
			.containsExactly("One.", "Two.");
		List<ImportRecord<ImportedClaim>> fromGraph = claims(graph, "graph.jsonld", 0);
		assertThat(fromGraph).extracting((record) -> record.item().statement()).containsExactly("One.", "Two.");
		assertThat(fromGraph).extracting(ImportRecord::where).containsExactly("entry 2", "entry 4");
		assertThat(fromGraph).extracting(ImportRecord::position).containsExactly(0L, 1L);
		assertThat(ImportFiles.count(graph, "graph.jsonld")).isEqualTo(2);
		assertThat(claims(graph, "graph.jsonld", 1)).isEqualTo(fromGraph.subList(1, 2));
	}

	@Test
	void badReviewsAreReportedAndReadingGoesOn() throws IOException {
		String big = REVIEW.formatted("x".repeat(1_500_000));
		Path file = write(this.folder, "mixed.json", "\uFEFF{\"@type\": \"DataFeed\", \"dataFeedElement\": [" + String
			.join(",\n", REVIEW.formatted("Good."), //
					"\"just text\"", //
					"{\"@type\": \"ClaimReview\", \"claimReviewed\": \"No scale.\", \"reviewRating\": {\"ratingValue\": 3}}",
					"{\"@type\": \"WebPage\", \"name\": \"Not a review\"}", //
					"{\"@type\": \"ClaimReview\", \"claimReviewed\": \"Bad date.\", "
							+ "\"itemReviewed\": {\"datePublished\": \"last Tuesday\"}}",
					REVIEW.formatted("Nul \\u0000 here."), //
					big, //
					"{\"claimReviewed\": \"Bad link.\", \"itemReviewed\": {\"appearance\": {\"url\": \"mailto:a@b.example\"}}}",
					"{\"claimReviewed\": \"Empty rating.\", \"reviewRating\": {\"bestRating\": 5}}",
					REVIEW.formatted("Good again."))
				+ "], \"name\": \"after the list\"}");

		List<ImportRecord<ImportedClaim>> records = claims(file, "mixed.json", 0);

		assertThat(records).extracting(ImportRecord::position).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
		assertThat(records.get(0).item().statement()).isEqualTo("Good.");
		assertThat(records.get(1).problem()).startsWith("not a JSON object");
		assertThat(records.get(2).problem())
			.isEqualTo("a rating without its scale: ratingValue 3 comes with neither bestRating and worstRating "
					+ "nor an alternateName");
		assertThat(records.get(3).problem()).isEqualTo("not a ClaimReview: its @type is WebPage");
		assertThat(records.get(4).problem()).contains("\"last Tuesday\" does not parse");
		assertThat(records.get(5).problem()).contains("NUL");
		assertThat(records.get(6).problem()).contains("over 1 MiB");
		assertThat(records.get(6).where()).isEqualTo("entry 7");
		assertThat(records.get(7).problem()).contains("\"mailto:a@b.example\" is not a web address");
		assertThat(records.get(8).problem()).startsWith("a rating without a verdict");
		assertThat(records.get(9).item().statement()).isEqualTo("Good again.");
		assertThat(records.get(9).where()).isEqualTo("entry 10");
		assertThat(ImportFiles.count(file, "mixed.json")).isEqualTo(10);
	}

	@Test
	void jsonThatBreaksOffEndsTheReadingWithABadRecord() throws IOException {
		Path file = write(this.folder, "broken.json",
				"[" + REVIEW.formatted("One.") + ",\n" + REVIEW.formatted("Two.") + ",\n{\"claimReviewed\": oops}]");

		List<ImportRecord<ImportedClaim>> records = claims(file, "broken.json", 0);

		assertThat(records).hasSize(3);
		assertThat(records.get(1).item().statement()).isEqualTo("Two.");
		assertThat(records.get(2).where()).isEqualTo("entry 3");
		assertThat(records.get(2).problem()).startsWith("not JSON from here on (at line 5");
		assertThat(ImportFiles.count(file, "broken.json")).isEqualTo(2);
		assertThat(claims(file, "broken.json", 2)).isEqualTo(records.subList(2, 3));
		assertThat(claims(file, "broken.json", 3)).isEmpty();
	}

}
