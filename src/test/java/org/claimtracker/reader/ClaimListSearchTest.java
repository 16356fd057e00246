package org.claimtracker.reader;

import java.util.List;

import org.claimtracker.Fixtures;
import org.claimtracker.claim.Stance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The claim list found by the words of its statements (by stem, or close to a typo) and
 * ordered by most evidence, newest, or most recently rated; the form keeps what was
 * asked.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClaimListSearchTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Test
	void claimsAreFoundByTheirWordsAndOrderedAsAsked() throws Exception {
		String word = this.make.unique("Zorbling").split(" ")[1].toLowerCase() + "zorbling";
		long first = published("Bridges over the " + word + " river are crumbling");
		long second = published("The " + word + " river bridges were rebuilt in 2015");
		long third = published("Every " + word + " bridge was inspected last year");
		published("Schools have nothing to do with it");
		long speaker = this.make.person(this.make.unique("Bridge Speaker"));
		Fixtures.Article article = this.make.article("“Bridges fall,” she said. “Rebuilt,” she said.");
		long falls = article.quote("Bridges fall", speaker);
		this.make.evidence(falls, second, Stance.SUPPORTS);
		this.make.evidence(article.quote("Rebuilt", speaker), second, Stance.CONTRADICTS);
		this.make.evidence(falls, third, Stance.SUPPORTS);
		article.publish();
		this.make.rating(first, "False", "Checked against the county's records.");
		this.make.publishClaim(first);

		// by stem: "bridge" finds "bridges"; the one without the word is not found
		assertThat(statements("/claims?q=" + word + "%20bridge")).hasSize(3);
		assertThat(statements("/claims?q=" + word + "%20bridge&sort=evidence")).first().asString().contains("rebuilt");
		assertThat(statements("/claims?q=" + word + "%20bridge&sort=evidence").get(1)).contains("inspected");
		assertThat(statements("/claims?q=" + word + "%20bridge&sort=newest").get(0)).contains("inspected");
		assertThat(statements("/claims?q=" + word + "%20bridge&sort=rated").get(0)).contains("crumbling");
		// a typo in a long word still finds it
		assertThat(statements("/claims?q=" + word.substring(0, word.length() - 1) + "x%20river%20bridges"))
			.anyMatch((s) -> s.contains("rebuilt"));

		Document page = page("/claims?q=" + word + "&sort=rated");
		assertThat(page.select("#q").val()).isEqualTo(word);
		assertThat(page.select("#sort option[selected]").val()).isEqualTo("rated");
	}

	@Test
	void wordsTooLongAreRefusedWithTheirName() throws Exception {
		this.mvc.perform(get("/claims?q=" + "a".repeat(501))).andExpect(status().isBadRequest());
		this.mvc.perform(get("/claims?sort=sideways")).andExpect(status().isBadRequest());
	}

	private long published(String statement) {
		long claim = this.make.claim(statement);
		this.make.publishClaim(claim);
		return claim;
	}

	private List<String> statements(String path) throws Exception {
		return page(path).select(".claim-list li").eachText();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
