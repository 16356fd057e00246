package org.claimtracker.editor;

import java.net.URI;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the tests of editors' forms do again and again: send a form as a signed-in editor,
 * read the page that answers, and see what search and history make of the change.
 */
record EditorPages(MockMvc mvc) {

	/**
	 * Sends a form to {@code path} as an editor, with its token, as name and value pairs.
	 */
	ResultActions send(String path, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(csrf()).with(user("ed").roles("EDITOR"));
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request);
	}

	/** The page a request answers with 200. */
	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return shown(this.mvc.perform(request));
	}

	/**
	 * The ids of the quotes a search finds ({@code query} as in an address, spaces as
	 * %20).
	 */
	List<Long> hits(String query) throws Exception {
		return page(get(URI.create("/search?" + query))).select("li.hit")
			.eachAttr("id")
			.stream()
			.map((id) -> Long.parseLong(id.substring(4)))
			.toList();
	}

	/**
	 * The page an answer holds, which must be a 200: a form shown again, with its errors.
	 */
	static Document shown(ResultActions result) throws Exception {
		return Jsoup.parse(result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	/**
	 * A field's value before and after in the latest change on a history page, an empty
	 * cell for none.
	 */
	static List<String> changed(Document history, String field) {
		return history.select(".change")
			.first()
			.select("tr:has(th:containsOwn(" + field + ")) td")
			.stream()
			.map(Element::text)
			.toList();
	}

}
