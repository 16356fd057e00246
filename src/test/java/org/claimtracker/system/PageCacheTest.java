package org.claimtracker.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.claimtracker.Fixtures;
import org.claimtracker.article.ArticleDetails;
import org.claimtracker.article.ArticleService;
import org.claimtracker.claim.ClaimDraft;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.ClaimService;
import org.claimtracker.claim.Stance;
import org.claimtracker.person.PersonDetails;
import org.claimtracker.person.PersonService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers' pages come from the page cache once rendered, with strong ETags and 304s, and
 * each kind of edit drops them, as PostgreSQL tells of it; requests of signed-in editors
 * never touch it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "claimtracker.page-cache.enabled=true")
class PageCacheTest {

	private static final Duration NOTICE = Duration.ofSeconds(5);

	/** Far longer than a notice takes to arrive on one machine. */
	private static final Duration NOTICE_ROUND_TRIP = Duration.ofMillis(500);

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@LocalServerPort
	int port;

	@Autowired
	PageCache cache;

	@Autowired
	ArticleService articles;

	@Autowired
	ClaimService claims;

	@Autowired
	PersonService people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry metrics;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aPageIsRenderedOnceAndThenServedWithItsStrongETag() throws Exception {
		Fixtures.Article article = publishedArticle("Kept pages");

		HttpResponse<String> first = get("/articles/" + article.id());
		HttpResponse<String> second = get("/articles/" + article.id());

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(status(first)).isEqualTo("miss");
		assertThat(status(second)).isEqualTo("hit");
		assertThat(second.body()).isEqualTo(first.body());
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).matches("\"[0-9a-f]{32}\"");
		assertThat(second.headers().firstValue("ETag")).contains(etag);
		assertThat(second.headers().firstValue("Cache-Control")).contains("public, no-cache");
		assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(second.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(this.metrics.get("cache.gets").tags("cache", "pages", "result", "hit").functionCounter().count())
			.isPositive();
	}

	@Test
	void aConditionalRequestForTheSameBodyIsAnswered304() throws Exception {
		Fixtures.Article article = publishedArticle("Conditional pages");
		String path = "/articles/" + article.id();
		String etag = get(path).headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> same = send(request(path).header("If-None-Match", etag).build());
		HttpResponse<String> other = send(request(path).header("If-None-Match", "\"0123\"").build());

		assertThat(same.statusCode()).isEqualTo(304);
		assertThat(same.body()).isEmpty();
		assertThat(same.headers().firstValue("ETag")).contains(etag);
		assertThat(other.statusCode()).isEqualTo(200);
	}

	@Test
	void aClientThatTakesGzipGetsTheCompressedCopyUnderItsOwnTag() throws Exception {
		Fixtures.Article article = publishedArticle("Compressed pages");
		String path = "/articles/" + article.id();
		String plain = get(path).headers().firstValue("ETag").orElseThrow();

		HttpResponse<byte[]> gzipped = this.http.send(request(path).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(gzipped.headers().firstValue("Vary")).contains("Accept-Encoding");
		assertThat(gzipped.headers().firstValue("ETag"))
			.contains(plain.replace("\"", "").transform((t) -> "\"" + t + "-gzip\""));
		assertThat(gzipped.body()[0] & 0xff).isEqualTo(0x1f);
	}

	@Test
	void aHeadRequestIsAnsweredFromTheKeptPage() throws Exception {
		Fixtures.Article article = publishedArticle("Heads of pages");
		String path = "/articles/" + article.id();
		get(path);

		HttpResponse<String> head = send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(status(head)).isEqualTo("hit");
		assertThat(head.body()).isEmpty();
	}

	@Test
	void editorsAndTokenHoldersAreNeverServedFromTheCacheNorFillIt() throws Exception {
		Fixtures.Article article = publishedArticle("Editors' pages");
		String path = "/articles/" + article.id();

		HttpResponse<String> editor = send(
				request(path).header("Cookie", "SESSION=0b8c3f5e-2d6a-4a57-9d3e-4c1b2a3f4e5d").build());
		HttpResponse<String> client = send(request(path).header("Authorization", "Bearer ct_unknown").build());
		HttpResponse<String> reader = get(path);

		assertThat(editor.statusCode()).isEqualTo(200);
		assertThat(editor.headers().firstValue(PageCacheFilter.STATUS_HEADER)).isEmpty();
		assertThat(editor.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((c) -> assertThat(c).contains("no-store"));
		assertThat(client.headers().firstValue(PageCacheFilter.STATUS_HEADER)).isEmpty();
		assertThat(status(reader)).isEqualTo("miss");
	}

	@Test
	void searchesAndMissingPagesAreNotKept() throws Exception {
		HttpResponse<String> search = get("/search?q=trust");
		HttpResponse<String> missing = get("/articles/999999999");
		HttpResponse<String> missingAgain = get("/articles/999999999");

		assertThat(search.headers().firstValue(PageCacheFilter.STATUS_HEADER)).isEmpty();
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(status(missingAgain)).isEqualTo("none");
	}

	@Test
	void theSitesFilesAreKeptWithTheHeadersTheirHandlerGave() throws Exception {
		String home = get("/").body();
		String css = home.replaceAll("(?s).*href=\"(/css/[^\"]+\\.css)\".*", "$1");

		HttpResponse<String> first = get(css);
		HttpResponse<String> second = get(css);

		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(status(second)).isEqualTo("hit");
		assertThat(second.headers().firstValue("Cache-Control")).contains("max-age=31536000, public");
		assertThat(second.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("text/css"));
		assertThat(second.body()).isEqualTo(first.body());
	}

	@Test
	void anArticlesNewDetailsReachItsKeptPage() throws Exception {
		Fixtures.Article article = publishedArticle("Details before");
		String path = "/articles/" + article.id();
		keep(path);
		var current = this.articles.article(article.id());

		this.articles.revise(article.id(), current.version(), new ArticleDetails(this.make.unique("Details after"),
				current.outlet(), current.byline(), current.publishedOn(), current.url()));

		assertThat(eventually(path, "Details after")).isTrue();
	}

	@Test
	void aNewQuoteAndItsEvidenceReachTheArticlesKeptPage() throws Exception {
		long speaker = this.make.person("Quoted Later");
		Fixtures.Article article = publishedArticle("Quotes arrive");
		String path = "/articles/" + article.id();
		keep(path);

		long claim = this.make.claim("Claims arrive with their evidence");
		long quote = article.quote("bonds of trust", speaker);
		this.make.evidence(quote, claim, Stance.SUPPORTS);
		this.make.publishClaim(claim);
		article.publish();

		assertThat(eventually(path, "Claims arrive with their evidence")).isTrue();
	}

	@Test
	void aClaimsNewWordingAndRatingReachItsKeptPage() throws Exception {
		long claim = this.make.claim("Wording before");
		this.make.publishClaim(claim);
		String path = "/claims/" + claim;
		keep(path);

		var current = this.claims.claim(claim);
		this.claims.update(claim, current.version(),
				new ClaimDraft(this.make.unique("Wording after"), ClaimKind.FACTUAL, null, Set.of()));
		assertThat(eventually(path, "Wording after")).isTrue();

		keep(path);
		this.make.rating(claim, "Mostly true", "Rated after the page was kept");
		this.make.publishClaim(claim);
		assertThat(eventually(path, "Rated after the page was kept")).isTrue();
	}

	@Test
	void aPersonsNewNameReachesTheirKeptPage() throws Exception {
		long person = this.make.person("Name before");
		String path = "/people/" + person;
		keep(path);

		var current = this.people.person(person);
		this.people.revise(person, current.version(), new PersonDetails(this.make.unique("Name after"), null, null));

		assertThat(eventually(path, "Name after")).isTrue();
	}

	@Test
	void everyTableReadersPagesShowTellsOfItsChanges() {
		List<String> tables = this.jdbc
			.sql("select distinct c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid"
					+ " join pg_proc p on p.oid = t.tgfoid where p.proname = 'notify_content_changed'")
			.query(String.class)
			.list();

		assertThat(tables).containsExactlyInAnyOrder("article", "candidacy", "claim", "claim_appearance",
				"claim_rating", "claim_topic", "evidence", "outlet", "person", "quote", "race", "topic");
	}

	@Test
	void draftsComeAndGoWithoutDroppingThePages() throws Exception {
		Fixtures.Article article = publishedArticle("Drafts elsewhere");
		String path = "/articles/" + article.id();
		keep(path);

		long draft = this.make.claim("A draft no reader sees");
		this.claims.update(draft, 0,
				new ClaimDraft(this.make.unique("A draft reworded"), ClaimKind.FACTUAL, null, Set.of()));
		Thread.sleep(NOTICE_ROUND_TRIP.toMillis());

		assertThat(status(get(path))).isEqualTo("hit");
	}

	@Test
	void aChangeMadeOutsideTheAppDropsTheKeptPagesToo() throws Exception {
		Fixtures.Article article = publishedArticle("Changed elsewhere");
		String path = "/articles/" + article.id();
		keep(path);

		this.jdbc.sql("update article set title = :title where id = :id")
			.param("title", "Changed by another instance")
			.param("id", article.id())
			.update();

		assertThat(eventually(path, "Changed by another instance")).isTrue();
	}

	private Fixtures.Article publishedArticle(String title) {
		Fixtures.Article article = this.make
			.article("“There have to be bonds of trust,” the candidate said of " + this.make.unique(title) + ".");
		return article.publish();
	}

	/**
	 * Renders the page until it is kept: a page rendered after a change but before its
	 * notice arrived is dropped when the notice does.
	 */
	private void keep(String path) throws Exception {
		Instant until = Instant.now().plus(NOTICE);
		get(path);
		while (!status(get(path)).equals("hit")) {
			assertThat(Instant.now()).as("the page is kept").isBefore(until);
			Thread.sleep(20);
		}
	}

	/** Whether the page shows the words within the time a change's notice takes. */
	private boolean eventually(String path, String words) throws Exception {
		Instant until = Instant.now().plus(NOTICE);
		while (Instant.now().isBefore(until)) {
			if (get(path).body().contains(words)) {
				return true;
			}
			Thread.sleep(20);
		}
		return false;
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send(request(path).build());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String status(HttpResponse<?> response) {
		return response.headers().firstValue(PageCacheFilter.STATUS_HEADER).orElse("none");
	}

}
