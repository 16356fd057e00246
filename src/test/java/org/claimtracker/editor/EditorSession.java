package org.claimtracker.editor;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An editor's requests in one session, as a browser keeps it by its cookie: what the
 * review screen remembers between requests (the rejections) is there for the next.
 */
final class EditorSession {

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	private @Nullable Cookie cookie;

	EditorSession(MockMvc mvc, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	/** Sends the request as the editor, in the session the earlier ones began. */
	ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
		request.with(user("editor").roles("EDITOR")).with(csrf());
		if (this.cookie != null) {
			request.cookie(this.cookie);
		}
		ResultActions result = this.mvc.perform(request);
		Cookie sent = result.andReturn().getResponse().getCookie("SESSION");
		if (sent != null) {
			this.cookie = sent;
		}
		return result;
	}

	/** Adds a draft article of that body through the editor's form; answers its id. */
	long addArticle(String url, String body) throws Exception {
		send(post("/editor/articles").param("title", "Review me")
			.param("outlet", "The Example Gazette")
			.param("publishedOn", "2024-05-07")
			.param("url", url)
			.param("format", "PLAIN")
			.param("body", body)).andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("select id from article where url = ?", Long.class, url);
	}

	/** The session's cookie, once a request has begun it. */
	@Nullable Cookie cookie() {
		return this.cookie;
	}

}
