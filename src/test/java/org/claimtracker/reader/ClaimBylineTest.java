package org.claimtracker.reader;

import java.sql.Timestamp;
import java.time.Instant;

import org.claimtracker.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A claim's page says when it was written and last changed: to readers, by the newsroom's
 * editors, since account names are sign-in names that only editors see (as in the
 * history); to editors, by which account.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClaimBylineTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void readersSeeWhenItWasWrittenAndChangedButNoAccountName() throws Exception {
		long claim = writtenAndChanged();
		String byline = page(get("/claims/" + claim)).select(".claim-byline").text();
		assertThat(byline).startsWith("Written by ClaimTracker's editors on 1 March 2026 · last changed 3 March 2026")
			.doesNotContain("ada.lovelace", "bo.editor");
		assertThat(page(get("/claims/" + claim)).select(".claim-byline time").eachAttr("datetime"))
			.containsExactly("2026-03-01", "2026-03-03");
	}

	@Test
	void editorsSeeWhichAccountWroteAndChangedIt() throws Exception {
		long claim = writtenAndChanged();
		String byline = page(get("/claims/" + claim).with(user("someone").roles("EDITOR"))).select(".claim-byline")
			.text();
		assertThat(byline)
			.startsWith("Written by ada.lovelace on 1 March 2026 · last changed 3 March 2026 by bo.editor");
	}

	@Test
	void aClaimNeverChangedSaysOnlyWhenItWasWritten() throws Exception {
		long claim = this.make.claim(this.make.unique("Turnout was the highest since 1992"));
		this.make.publishClaim(claim);
		this.jdbc.update("update claim set updated_at = created_at where id = ?", claim);
		String byline = page(get("/claims/" + claim)).select(".claim-byline").text();
		assertThat(byline).startsWith("Written by ClaimTracker's editors on ").doesNotContain("last changed");
	}

	private long writtenAndChanged() {
		long claim = this.make.claim(this.make.unique("The runoff cost more than the election"));
		this.make.publishClaim(claim);
		this.jdbc.update(
				"update claim set created_by = 'ada.lovelace', created_at = ?, updated_by = 'bo.editor', updated_at = ? where id = ?",
				Timestamp.from(Instant.parse("2026-03-01T12:00:00Z")),
				Timestamp.from(Instant.parse("2026-03-03T12:00:00Z")), claim);
		return claim;
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
