package org.claimtracker.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class HomeControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listsPublishedArticlesWithOutletAndDate() throws Exception {
		long id = this.jdbc.queryForObject("select id from article", Long.class);
		this.mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/articles/" + id + "\"")))
			.andExpect(content().string(containsString(
					"Democrat Jon Ossoff: Police Must Not Help Keep Criminal Illegal Aliens Off Georgia Streets")))
			.andExpect(content().string(containsString("Breitbart News")))
			.andExpect(content().string(containsString("datetime=\"2020-12-30\"")));
	}

}
