package org.claimtracker.reader;

import java.time.LocalDate;
import java.util.List;

import org.claimtracker.pages.PageService;
import org.claimtracker.account.ApiTokenService;
import org.claimtracker.person.PersonNotFoundException;
import org.claimtracker.person.PersonService;
import org.claimtracker.person.PersonView;
import org.claimtracker.person.RaceView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The people page, on the web layer alone with the site's own security: candidates by
 * race, and everyone else once, below them; an unknown race is not found. The services
 * are stand-ins, so no database is needed.
 */
@WebMvcTest(controllers = PersonController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.claimtracker\\.(account\\.(SecurityConfiguration|ApiProblemWriter)|system\\.PublicUrl)"))
class PeoplePageTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PersonService people;

	@MockitoBean
	PageService reader;

	@MockitoBean
	ApiTokenService tokens;

	@Test
	void candidatesAreListedByRaceAndEveryoneElseOnceBelow() throws Exception {
		PersonView ossoff = new PersonView(1, "Jon Ossoff", "Democratic", null, 0, false);
		PersonView perdue = new PersonView(2, "David Perdue", "Republican", null, 0, false);
		PersonView schumer = new PersonView(3, "Chuck Schumer", "Democratic", "Senate majority leader", 0, false);
		RaceView race = new RaceView(7, "ga-senate", "Georgia Senate", "U.S. Senate", "GA", null,
				LocalDate.of(2020, 11, 3), null,
				List.of(new RaceView.Candidate(2, "David Perdue", "Republican", true, "Republican"),
						new RaceView.Candidate(1, "Jon Ossoff", "Democratic", false, "Democratic")));
		given(this.people.races()).willReturn(List.of(race));
		given(this.people.people()).willReturn(List.of(perdue, ossoff, schumer));

		Document page = Jsoup.parse(this.mvc.perform(get("/people"))
			.andExpect(status().isOk())
			// the site's own security, not Spring Boot's default that would ask to sign
			// in
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select(".race-card h3 a").eachAttr("href")).containsExactly("/races/7");
		assertThat(page.select(".race-card .candidates li").eachText())
			.containsExactly("David Perdue Republican, incumbent", "Jon Ossoff Democratic");
		assertThat(page.select(".people-list li a").eachAttr("href")).containsExactly("/people/3");
		assertThat(page.select(".people-list li .meta").text()).isEqualTo("Senate majority leader");
	}

	@Test
	void anUnknownRaceIsNotFound() throws Exception {
		given(this.reader.race(99)).willThrow(new PersonNotFoundException("race", 99));
		this.mvc.perform(get("/races/99")).andExpect(status().isNotFound());
	}

	@Test
	void editorPagesAskReadersToSignIn() throws Exception {
		this.mvc.perform(get("/editor/people/1")).andExpect(redirectedUrl("/login"));
	}

}
