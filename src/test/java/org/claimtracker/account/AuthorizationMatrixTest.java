package org.claimtracker.account;

import java.util.List;

import org.claimtracker.Fixtures;
import org.claimtracker.claim.Stance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every mutating route for anonymous readers, editors and admins, with and without a CSRF
 * token. Requests run in the test's transaction, which is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AuthorizationMatrixTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	List<String> editorRoutes;

	List<String> adminRoutes;

	@BeforeEach
	void routes() {
		Fixtures.Article made = this.make.article("Ossowski said \"roads first\" in Georgia.");
		long article = made.id();
		long person = this.make.person(this.make.unique("Jon Ossowski"));
		long quote = made.quote("roads first", person);
		long claim = this.make.claim("Roads come first.");
		long evidence = this.make.evidence(quote, claim, Stance.SUPPORTS);
		long appearance = made.appearance(claim, "Georgia");
		this.editorRoutes = List.of("/editor/articles", "/editor/articles/" + article + "/quotes",
				"/editor/articles/" + article + "/appearances", "/editor/articles/" + article + "/publish",
				"/editor/claims", "/editor/claims/" + claim, "/editor/claims/" + claim + "/publish",
				"/editor/claims/" + claim + "/delete", "/editor/quotes/" + quote + "/evidence",
				"/editor/quotes/" + quote + "/evidence/" + evidence,
				"/editor/quotes/" + quote + "/evidence/" + evidence + "/delete",
				"/editor/articles/" + article + "/body", "/editor/articles/" + article + "/details",
				"/editor/quotes/" + quote, "/editor/quotes/" + quote + "/anchor", "/editor/quotes/" + quote + "/delete",
				"/editor/appearances/" + appearance + "/anchor", "/editor/appearances/" + appearance + "/delete",
				"/editor/people/" + person);
		long admin = this.jdbc.queryForObject("select min(id) from app_user", Long.class);
		this.adminRoutes = List.of("/admin/accounts", "/admin/accounts/" + admin + "/enabled?enabled=true",
				"/admin/accounts/password", "/admin/accounts/role");
	}

	@Test
	void anonymousIsSentToSignInAndNothingChanges() throws Exception {
		long before = rows();
		for (String route : all()) {
			int status = status(post(route).with(csrf()));
			assertThat(status).as(route).isEqualTo(302);
		}
		for (String page : List.of("/editor", "/editor/articles/new", "/editor/claims/new", "/admin/accounts",
				"/history/claim/1")) {
			assertThat(status(get(page))).as(page).isEqualTo(302);
		}
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void editorsMayEditButNotManageAccounts() throws Exception {
		for (String route : this.editorRoutes) {
			assertThat(status(post(route).with(csrf()).with(user("ed").roles("EDITOR")))).as(route).isIn(200, 302, 409);
		}
		for (String route : this.adminRoutes) {
			assertThat(status(post(route).with(csrf()).with(user("ed").roles("EDITOR")))).as(route).isEqualTo(403);
		}
		assertThat(status(get("/admin/accounts").with(user("ed").roles("EDITOR")))).isEqualTo(403);
	}

	@Test
	void adminsMayDoEverything() throws Exception {
		for (String route : all()) {
			assertThat(status(post(route).with(csrf()).with(user("root").roles("ADMIN")))).as(route)
				.isIn(200, 302, 409);
		}
	}

	@Test
	void everyFormNeedsItsCsrfToken() throws Exception {
		long before = rows();
		for (String route : all()) {
			assertThat(status(post(route).with(user("root").roles("ADMIN")))).as(route).isEqualTo(403);
			assertThat(status(post(route).with(csrf().useInvalidToken()).with(user("root").roles("ADMIN")))).as(route)
				.isEqualTo(403);
		}
		assertThat(status(post("/login").param("username", "x").param("password", "y"))).isEqualTo(403);
		assertThat(rows()).isEqualTo(before);
	}

	private List<String> all() {
		return java.util.stream.Stream.concat(this.editorRoutes.stream(), this.adminRoutes.stream()).toList();
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private long rows() {
		return this.jdbc.queryForObject("""
				select (select count(*) from article) + (select count(*) from quote) + (select count(*) from claim)
				     + (select count(*) from evidence) + (select count(*) from app_user)
				     + (select count(*) from claim_appearance)""", Long.class);
	}

}
