package org.claimtracker.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.importing.ImportTestFiles.articles;
import static org.claimtracker.importing.ImportTestFiles.example;
import static org.claimtracker.importing.ImportTestFiles.write;

/**
 * Saved web pages, alone or in a ZIP archive: the article's metadata from the page's own
 * markup, its body without what surrounds the story, and no address or date guessed.
 */
class SavedPagesTest {

	@TempDir
	Path folder;

	@Test
	void readsAPageWithJsonLd() throws IOException {
		List<ImportRecord<ImportedArticle>> records = articles(example("page.html"), "page.html", 0);

		assertThat(records).hasSize(1);
		ImportRecord<ImportedArticle> record = records.get(0);
		assertThat(record.where()).isEqualTo("page.html");
		assertThat(record.position()).isZero();
		ImportedArticle article = record.item();
		assertThat(article.url()).isEqualTo("https://lakeshoreherald.example/news/2018-09-14/broadband-forum");
		assertThat(article.title()).as("the JSON-LD headline, before og:title and <title>")
			.isEqualTo("Governor hopefuls trade jabs over rural broadband at Wausau forum");
		assertThat(article.outlet()).as("the publisher the article points to by its @id").isEqualTo("Lakeshore Herald");
		assertThat(article.byline()).isEqualTo("Ruth Olayinka and Sam Delacroix");
		assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2018, 9, 14));
		assertThat(article.body()).startsWith("WAUSAU — Rural internet service took center stage")
			.contains("“more than 200,000 rural homes got high-speed internet for the first time.”")
			.endsWith("annual coverage report in October.")
			.doesNotContain("Advertisement", "Photo:", "Related:", "Sports", "All rights reserved", "By Ruth");
		assertThat(article.body().split("\n\n")).hasSize(4);
	}

	@Test
	void readsAPageWithOnlyOpenGraph() throws IOException {
		ImportRecord<ImportedArticle> record = articles(example("page-opengraph.html"), "page-opengraph.html", 0)
			.get(0);

		ImportedArticle article = record.item();
		assertThat(record.problem()).isNull();
		assertThat(article.url()).isEqualTo("https://www.graniteweekly.example/2016/11/05/early-vote-lines-manchester");
		assertThat(article.title()).isEqualTo("Canvassers say early vote lines stretched for blocks in Manchester");
		assertThat(article.outlet()).isEqualTo("Granite Weekly");
		assertThat(article.byline()).isEqualTo("Priya Castellanos");
		assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2016, 11, 5));
		assertThat(article.body()).startsWith("Canvassers say early vote lines")
			.contains("“I have never seen it like this in twenty years,” said Walt Pierson")
			.endsWith("returned by Friday afternoon.")
			.doesNotContain("Share on", "Subscribe", "Elm St.");
	}

	@Test
	void theTitleElementIsTheLastResortAndTheHostTheOutlet() throws IOException {
		Path page = write(this.folder, "plain.html", """
				<html><head><title>Turnout report</title>
				<link rel="canonical" href="https://www.countyclerk.example/turnout">
				</head>
				<body><time itemprop="datePublished" datetime="2018-11-07T06:00:00-05:00">Nov. 7</time>
				<p>Turnout was 61 percent.</p></body></html>""");

		ImportedArticle article = articles(page, "plain.html", 0).get(0).item();

		assertThat(article.title()).isEqualTo("Turnout report");
		assertThat(article.outlet()).isEqualTo("countyclerk.example");
		assertThat(article.byline()).isNull();
		assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2018, 11, 7));
		assertThat(article.body()).isEqualTo("Nov. 7\n\nTurnout was 61 percent.");
	}

	@Test
	void aPageWithoutAddressOrDateIsReportedNotGuessed() throws IOException {
		Path noUrl = write(this.folder, "no-url.html", """
				<html><head><title>T</title><meta property="article:published_time" content="2018-11-07">
				</head><body><p>Text.</p></body></html>""");
		Path noDate = write(this.folder, "no-date.html", """
				<html><head><title>T</title><link rel="canonical" href="https://example.com/a">
				</head><body><p>Text.</p></body></html>""");
		Path noBody = write(this.folder, "no-body.html",
				"""
						<html><head><title>T</title><link rel="canonical" href="https://example.com/a">
						<meta property="article:published_time" content="2018-11-07"></head><body><nav>Home</nav></body></html>""");
		Path relative = write(this.folder, "relative.html", """
				<html><head><title>T</title><link rel="canonical" href="/news/a">
				<meta property="article:published_time" content="2018-11-07"></head><body><p>x</p></body></html>""");

		assertThat(articles(noUrl, "no-url.html", 0).get(0).problem())
			.isEqualTo("no URL: the page has no canonical link, og:url or JSON-LD url");
		assertThat(articles(noDate, "no-date.html", 0).get(0).problem()).startsWith("no date");
		assertThat(articles(noBody, "no-body.html", 0).get(0).problem()).startsWith("no body");
		assertThat(articles(relative, "relative.html", 0).get(0).problem())
			.contains("\"/news/a\" is not a web address");
		assertThat(articles(noUrl, "no-url.html", 0).get(0).where()).isEqualTo("no-url.html");
	}

	@Test
	void readsTheExampleArchiveAPageAtATime() throws IOException {
		List<ImportRecord<ImportedArticle>> records = articles(example("pages.zip"), "pages.zip", 0);

		assertThat(records).extracting(ImportRecord::where)
			.containsExactly("export/2017/va-governor-transit.html", "export/2017/al-senate-turnout.htm");
		assertThat(records).extracting(ImportRecord::position).containsExactly(0L, 1L);
		ImportedArticle transit = records.get(0).item();
		assertThat(transit.url()).isEqualTo("https://www.potomacdispatch.example/2017/10/19/governor-transit-promises");
		assertThat(transit.outlet()).isEqualTo("Potomac Dispatch");
		assertThat(transit.byline()).isEqualTo("Jonah Whitcombe");
		assertThat(transit.body()).doesNotContain("Home ·").contains("regional sales tax");
		ImportedArticle turnout = records.get(1).item();
		assertThat(turnout.url()).isEqualTo("https://gulfcoastcourier.example/2017/12/08/special-election-turnout");
		assertThat(turnout.publishedOn()).isEqualTo(LocalDate.of(2017, 12, 8));
		assertThat(ImportFiles.count(example("pages.zip"), "pages.zip")).isEqualTo(2);
		assertThat(articles(example("pages.zip"), "pages.zip", 1)).isEqualTo(records.subList(1, 2));
	}

	@Test
	void aPageOverTheLimitInAnArchiveIsABadRecordAndTheNextIsRead() throws IOException {
		String page = Files.readString(example("page.html"));
		Path zip = this.folder.resolve("export.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			add(out, "one.html", page);
			add(out, "__MACOSX/._one.html", "not a page");
			add(out, "huge.html", "<html><body><p>" + "words ".repeat(300_000) + "</p></body></html>");
			add(out, "nul.htm", page.replace("WAUSAU", "WAU\0SAU"));
			add(out, "style.css", "p { color: red }");
			add(out, "three.HTML", page);
		}

		List<ImportRecord<ImportedArticle>> records = articles(zip, "export.zip", 0);

		assertThat(records).extracting(ImportRecord::where)
			.containsExactly("one.html", "huge.html", "nul.htm", "three.HTML");
		assertThat(records.get(1).problem()).contains("over 1 MiB");
		assertThat(records.get(2).problem()).contains("NUL");
		assertThat(records.get(3).item().title()).startsWith("Governor hopefuls");
		assertThat(records).extracting(ImportRecord::position).containsExactly(0L, 1L, 2L, 3L);
		assertThat(ImportFiles.count(zip, "export.zip")).isEqualTo(4);
		assertThat(articles(zip, "export.zip", 2)).isEqualTo(records.subList(2, 4));
	}

	private static void add(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		OutputStream out = zip;
		out.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
