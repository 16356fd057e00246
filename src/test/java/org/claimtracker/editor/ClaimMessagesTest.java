package org.claimtracker.editor;

import jakarta.servlet.http.Cookie;
import org.claimtracker.Fixtures;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Saving or publishing a claim leads to its page, which says that it was done. Requests
 * commit, as the session that carries the message is kept in the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClaimMessagesTest {

	@Autowired
	MockMvc mvc;

	@RegisterExtension
	final Fixtures make = new Fixtures();

	EditorPages pages;

	long claim;

	@BeforeEach
	void claim() {
		this.pages = new EditorPages(this.mvc);
		this.claim = this.make.claim("Said to be saved.");
	}

	@Test
	void theClaimsPageSaysItWasSavedThenPublished() throws Exception {
		assertThat(message(this.pages.send("/editor/claims/" + this.claim, "statement", "Said to be saved, again.",
				"kind", "FACTUAL", "version", "0")))
			.isEqualTo("The claim was saved.");
		assertThat(message(this.pages.send("/editor/claims/" + this.claim + "/publish")))
			.isEqualTo("The claim is published.");
	}

	/** The message on the claim's page that the answer redirects to. */
	private String message(ResultActions answer) throws Exception {
		Cookie session = answer.andExpect(redirectedUrl("/claims/" + this.claim))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		Document page = this.pages.page(get("/claims/" + this.claim).with(user("ed").roles("EDITOR")).cookie(session));
		return page.select(".notice").text();
	}

}
