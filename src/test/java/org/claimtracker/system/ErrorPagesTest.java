package org.claimtracker.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;

import org.claimtracker.Fixtures;
import org.claimtracker.account.AccountService;
import org.claimtracker.account.Role;
import org.claimtracker.claim.Stance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Errors that no controller advice sees (refused by security, an unsupported method, an
 * unknown address, a failure) are the site's pages for browsers and problem details for
 * the API and JSON clients, never Boot's whitelabel page or its own JSON. Over real HTTP:
 * only a servlet container forwards an error to the error controller.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ErrorPagesTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aFormWithoutItsCsrfTokenIsRefusedOnTheSitesPage() throws Exception {
		HttpResponse<String> response = send(request("/login").header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=a&password=b")));
		assertThat(response.statusCode()).isEqualTo(403);
		assertSitePage(response, "Not allowed");
	}

	@Test
	void anEditorOnAnAdminsPageIsToldItIsTheirRoleNotAnExpiredForm() throws Exception {
		this.accounts.add("errand", "an editor's long password", Role.EDITOR);
		try {
			HttpResponse<String> form = send(request("/login").GET());
			String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
			Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
			assertThat(csrf.find()).isTrue();
			HttpResponse<String> signedIn = send(request("/login").header("Cookie", cookie)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("username=errand&password=an+editor%27s+long+password&_csrf=" + csrf.group(1))));
			assertThat(signedIn.headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).endsWith("/editor"));
			String session = signedIn.headers()
				.allValues("Set-Cookie")
				.stream()
				.filter((c) -> c.startsWith("SESSION="))
				.findFirst()
				.orElseThrow()
				.split(";")[0];
			HttpResponse<String> response = send(
					request("/admin/accounts").header("Accept", "text/html").header("Cookie", session).GET());
			assertThat(response.statusCode()).isEqualTo(403);
			assertSitePage(response, "Not allowed");
			assertThat(Jsoup.parse(response.body()).select("main").text())
				.contains("Your account may not open this page or do this: it is for admins only.")
				.doesNotContain("reload");
		}
		finally {
			this.jdbc.update("delete from spring_session where principal_name = 'errand'");
			this.jdbc.update("delete from app_user where username = 'errand'");
		}
	}

	@Test
	void anUnsupportedMethodIsRefusedOnTheSitesPage() throws Exception {
		HttpResponse<String> form = send(request("/login").GET());
		String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(csrf.find()).isTrue();
		// past security with the sign-in form's token: /login is open to every method,
		// and
		// only GETs it
		HttpResponse<String> response = send(request("/login").header("Accept", "text/html")
			.header("Cookie", cookie)
			.header("X-CSRF-TOKEN", csrf.group(1))
			.DELETE());
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("GET");
		assertSitePage(response, "Not allowed here");

		HttpResponse<String> json = send(request("/login").header("Accept", "application/json")
			.header("Cookie", cookie)
			.header("X-CSRF-TOKEN", csrf.group(1))
			.DELETE());
		assertThat(json.statusCode()).isEqualTo(405);
		assertThat(json.headers().firstValue("Allow")).hasValue("GET");
		assertThat(json.body()).contains("This address does not accept DELETE requests; it accepts GET");
	}

	@Test
	void readerPagesRefuseOtherMethodsWithTheOnesTheyTake() throws Exception {
		long person = this.make.person(this.make.unique("Erin Method"));
		long claim = this.make.claim(this.make.unique("The county keeps its roads"));
		Fixtures.Article article = this.make.article("She said the county keeps its roads open all winter.");
		this.make.evidence(article.quote("the county keeps its roads open", person), claim, Stance.SUPPORTS);
		this.make.publishClaim(claim);
		article.publish();
		List<String> pages = List.of("/", "/articles/" + article.id(), "/claims/" + claim, "/people/" + person,
				"/search", "/articles");
		for (String path : pages) {
			// anonymous, with no session and no CSRF token: nothing a reader page could
			// change, so neither a refused token nor the sign-in form
			for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
				HttpResponse<String> response = send(request(path).header("Accept", "text/html")
					.header("Content-Type", "application/x-www-form-urlencoded")
					.method(method, HttpRequest.BodyPublishers.ofString("q=x")));
				assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
				assertThat(response.headers().firstValue("Allow")).as(method + " " + path).hasValue("GET");
				assertSitePage(response, "Not allowed here");
			}
			HttpResponse<String> json = send(
					request(path).header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()));
			assertThat(json.statusCode()).as(path).isEqualTo(405);
			assertThat(json.headers().firstValue("Allow")).as(path).hasValue("GET");
			assertThat(json.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(json.body()).contains("This address does not accept POST requests; it accepts GET");

			HttpResponse<String> options = send(request(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
			assertThat(options.statusCode()).as("OPTIONS " + path).isEqualTo(200);
			assertThat(options.headers().firstValue("Allow")).as("OPTIONS " + path)
				.hasValueSatisfying((allow) -> assertThat(allow.split(",\\s*")).containsExactlyInAnyOrder("GET", "HEAD",
						"OPTIONS"));
		}
	}

	@Test
	void editorsAndAdminsPagesStayClosedToAnyMethod() throws Exception {
		long claim = this.make.claim(this.make.unique("The county paves its roads"));
		for (String path : List.of("/editor", "/editor/claims/" + claim, "/admin/accounts",
				"/history/claim/" + claim)) {
			for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS")) {
				HttpResponse<String> response = send(request(path).header("Accept", "text/html")
					.method(method, HttpRequest.BodyPublishers.noBody()));
				assertThat(response.statusCode()).as(method + " " + path).isEqualTo(302);
				assertThat(response.headers().firstValue("Location")).as(method + " " + path)
					.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
			}
		}
		// forms that are taken still need their token, signing in and out included
		for (String path : List.of("/editor/claims/" + claim, "/admin/accounts", "/login", "/logout")) {
			HttpResponse<String> response = send(request(path).header("Accept", "text/html")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=a&password=b")));
			assertThat(response.statusCode()).as("POST " + path).isEqualTo(403);
		}
	}

	@Test
	void anUnknownAddressIsTheSitesNotFoundPage() throws Exception {
		HttpResponse<String> response = send(request("/nothing-here").header("Accept", "text/html").GET());
		assertThat(response.statusCode()).isEqualTo(404);
		assertSitePage(response, "Not found");
	}

	/**
	 * The error controller's own address, asked for directly, reports no failure: it is
	 * not found, like any address with nothing at it, whatever the client accepts.
	 */
	@Test
	void theErrorAddressAskedForDirectlyIsNotFoundLikeAnyUnknownAddress() throws Exception {
		HttpResponse<String> page = send(request("/error").header("Accept", "text/html").GET());
		assertThat(page.statusCode()).isEqualTo(404);
		assertSitePage(page, "Not found");
		for (String accept : new String[] { "text/html", "application/json", "*/*" }) {
			HttpResponse<String> error = send(request("/error").header("Accept", accept).GET());
			HttpResponse<String> unknown = send(request("/nothing-here").header("Accept", accept).GET());
			assertThat(error.statusCode()).as(accept).isEqualTo(404);
			assertThat(error.headers().firstValue("Content-Type")).as(accept)
				.isEqualTo(unknown.headers().firstValue("Content-Type"));
			assertThat(error.body().replace("/error", "/nothing-here")).as(accept).isEqualTo(unknown.body());
		}
		HttpResponse<String> problem = send(request("/error").header("Accept", "application/json").GET());
		assertThat(problem.body()).contains("\"status\":404")
			.contains("\"detail\":\"There is nothing at this address\"")
			.contains("\"instance\":\"/error\"");
	}

	@Test
	void otherClientAndServerErrorsUseTheSitesPage() throws Exception {
		Document server = Jsoup.parse(this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/claims"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(server.select(".site-header")).hasSize(1);
		assertThat(server.select("h1").text()).isEqualTo("Something went wrong");
		assertThat(server.select(".error-page").text()).contains("on our side (status 500)");
		Document client = Jsoup.parse(this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 409)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/claims"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(client.select(".site-header")).hasSize(1);
		assertThat(client.select("h1").text()).isEqualTo("Request refused");
	}

	@Test
	void anUnknownApiAddressIsAProblemDetailWhateverTheClientAccepts() throws Exception {
		for (String accept : new String[] { "application/json", "*/*", "text/html" }) {
			HttpResponse<String> response = send(request("/api/v1/nope").header("Accept", accept).GET());
			assertThat(response.statusCode()).as(accept).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).as(accept)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).as(accept)
				.contains("\"status\":404")
				.contains("\"title\":\"Not Found\"")
				.contains("\"instance\":\"/api/v1/nope\"")
				.doesNotContain("timestamp");
		}
	}

	@Test
	void jsonClientsGetProblemDetailsOutsideTheApiToo() throws Exception {
		HttpResponse<String> response = send(request("/nothing-here").header("Accept", "application/json").GET());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":404").doesNotContain("timestamp");
	}

	@Test
	void jsonClientsGetProblemDetailsForWhatAReaderPageRefuses() throws Exception {
		String[][] refused = { { "/claims/98765", "404" }, { "/claims/abc", "400" }, { "/claims?topic=nope", "400" },
				{ "/articles?page=0", "400" } };
		for (String[] address : refused) {
			for (String accept : new String[] { "application/json", "application/problem+json" }) {
				this.mvc.perform(get(address[0]).header("Accept", accept))
					.andExpect(status().is(Integer.parseInt(address[1])))
					.andExpect(content().contentType("application/problem+json"))
					.andExpect(jsonPath("$.status").value(Integer.parseInt(address[1])))
					.andExpect(jsonPath("$.instance").value(address[0].replaceFirst("\\?.*", "")));
			}
			this.mvc.perform(get(address[0]).header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8"))
				.andExpect(content().contentTypeCompatibleWith("text/html"));
		}
		this.mvc.perform(get("/claims?topic=nope").header("Accept", "application/json"))
			.andExpect(jsonPath("$.detail").value("There is no topic 'nope'."));
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void anAddressThatIsNoUtf8IsABadRequestWithItsReason(CapturedOutput log) throws Exception {
		HttpResponse<String> page = send(request("/search?q=%ff").header("Accept", "text/html"));
		assertThat(page.statusCode()).isEqualTo(400);
		assertSitePage(page, "Bad request");
		assertThat(Jsoup.parse(page.body()).text()).contains("percent-encoded character that is not UTF-8");
		HttpResponse<String> problem = send(request("/api/v1/quotes?q=%ff"));
		assertThat(problem.statusCode()).isEqualTo(400);
		assertThat(problem.body()).contains("percent-encoded character that is not UTF-8");
		// a client's mistake, not the server's: no error and no stack trace in the log
		assertThat(log.getOut()).doesNotContain("InvalidParameterException");
	}

	private static void assertSitePage(HttpResponse<String> response, String title) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		Document page = Jsoup.parse(response.body());
		assertThat(page.text()).doesNotContain("Whitelabel");
		assertThat(page.select(".site-header")).as("the site's layout").hasSize(1);
		assertThat(page.select(".error-page h1").text()).isEqualTo(title);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
