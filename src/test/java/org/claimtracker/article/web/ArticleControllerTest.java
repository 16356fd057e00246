package org.claimtracker.article.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ArticleControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void showsMetadataAndParagraphs() throws Exception {
		long id = this.jdbc.queryForObject("select id from article", Long.class);
		this.mvc.perform(get("/articles/{id}", id).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Democrat Jon Ossoff")))
			.andExpect(content().string(containsString("By John Binder")))
			.andExpect(content().string(containsString("Follow him on Twitter at @JxhnBinder.")));
	}

	@Test
	void unknownArticleIsANotFoundPage() throws Exception {
		this.mvc.perform(get("/articles/{id}", 987654321).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("<h1>Not found</h1>")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void malformedIdIsABadRequestPage() throws Exception {
		this.mvc.perform(get("/articles/not-a-number").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<h1>Bad request</h1>")));
	}

}
