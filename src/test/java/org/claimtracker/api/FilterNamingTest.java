package org.claimtracker.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.claimtracker.Fixtures;
import org.claimtracker.article.NewArticle;
import org.claimtracker.claim.ClaimDraft;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.Stance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * One way to name things (docs/api.md, "Names and shapes"), route by route: every filter
 * that names a person, an outlet or a topic takes the id and the name (a topic's slug
 * too) as a person would type it, and finds the same items by each; one that names
 * nothing is a 400 naming the parameter.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FilterNamingTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	/** A person, an outlet and a topic of their own, each with a quote and a claim. */
	World world;

	enum Kind {

		PERSON, OUTLET, TOPIC

	}

	/**
	 * A way of naming something: how the value is written from the item's id and names.
	 */
	enum Form {

		ID(Set.of(Kind.PERSON, Kind.OUTLET, Kind.TOPIC)) {
			@Override
			String of(Named item) {
				return Long.toString(item.id());
			}
		},
		NAME(Set.of(Kind.PERSON, Kind.OUTLET, Kind.TOPIC)) {
			@Override
			String of(Named item) {
				return item.name();
			}
		},
		LOWER_CASE(Set.of(Kind.PERSON, Kind.OUTLET, Kind.TOPIC)) {
			@Override
			String of(Named item) {
				return item.name().toLowerCase(Locale.ROOT);
			}
		},
		UPPER_CASE(Set.of(Kind.PERSON, Kind.OUTLET, Kind.TOPIC)) {
			@Override
			String of(Named item) {
				return item.name().toUpperCase(Locale.ROOT);
			}
		},
		SPACED(Set.of(Kind.PERSON, Kind.OUTLET, Kind.TOPIC)) {
			@Override
			String of(Named item) {
				return "  " + item.name().replace(" ", "   ") + " ";
			}
		},
		SLUG(Set.of(Kind.TOPIC)) {
			@Override
			String of(Named item) {
				return item.slug();
			}
		},
		/** A letter left out: "Quasthof" for "Quasthoff". */
		TYPO(Set.of(Kind.PERSON)) {
			@Override
			String of(Named item) {
				return item.name().replace("ff", "f");
			}
		};

		private final Set<Kind> kinds;

		Form(Set<Kind> kinds) {
			this.kinds = kinds;
		}

		abstract String of(Named item);

	}

	/** The routes' filters that name something, and what they name. */
	static Stream<Arguments> filters() {
		return Stream.of(Arguments.of("/api/v1/articles", "outlet", Kind.OUTLET),
				Arguments.of("/api/v1/claims", "subject", Kind.PERSON),
				Arguments.of("/api/v1/claims", "topic", Kind.TOPIC),
				Arguments.of("/api/v1/quotes?page=1", "speaker", Kind.PERSON),
				Arguments.of("/api/v1/quotes?page=1", "outlet", Kind.OUTLET),
				Arguments.of("/api/v1/quotes?page=1", "topic", Kind.TOPIC),
				// the export streams every hit, filtered the same way
				Arguments.of("/api/v1/quotes", "speaker", Kind.PERSON),
				Arguments.of("/api/v1/quotes", "outlet", Kind.OUTLET),
				Arguments.of("/api/v1/quotes", "topic", Kind.TOPIC));
	}

	static Stream<Arguments> filtersByForm() {
		List<Arguments> all = new ArrayList<>();
		filters().forEach((filter) -> {
			Kind kind = (Kind) filter.get()[2];
			for (Form form : Form.values()) {
				if (form.kinds.contains(kind)) {
					all.add(Arguments.of(filter.get()[0], filter.get()[1], kind, form));
				}
			}
		});
		return all.stream();
	}

	@BeforeEach
	void world() {
		String person = this.make.unique("Wilhelmina Quasthoff");
		long personId = this.make.person(person);
		String topic = this.make.unique("Water Rights");
		long topicId = this.make.topic(topic);
		String outlet = this.make.unique("Valley Ledger");
		Fixtures.Article article = this.make
			.article(new NewArticle(this.make.unique("Rivers"), outlet, null, Fixtures.PUBLISHED_ON,
					"https://example.org/fixtures/naming/"
							+ outlet.substring(outlet.lastIndexOf(' ') + 1).toLowerCase(),
					"“The river is ours and we will keep it,” she said at the meeting."));
		long quote = article.quote("The river is ours and we will keep it", personId);
		long claim = this.make
			.claim(new ClaimDraft("The valley owns its river.", ClaimKind.POSITION, personId, Set.of(topicId)));
		this.make.evidence(quote, claim, Stance.SUPPORTS);
		this.make.publishClaim(claim);
		article.publish();
		long outletId = this.jdbc.queryForObject("select outlet_id from article where id = ?", Long.class,
				article.id());
		String slug = this.jdbc.queryForObject("select slug from topic where id = ?", String.class, topicId);
		this.world = new World(new Named(personId, person, null), new Named(outletId, outlet, null),
				new Named(topicId, topic, slug));
	}

	@ParameterizedTest(name = "{0} {1}= as {3}")
	@MethodSource("filtersByForm")
	void everyFormFindsWhatTheIdFinds(String route, String parameter, Kind kind, Form form) throws Exception {
		Named item = this.world.of(kind);
		List<Long> byId = ids(ask(route, parameter, Form.ID.of(item)));
		assertThat(byId).as("what %s=%s finds", parameter, item.id()).isNotEmpty();
		MockHttpServletResponse answer = ask(route, parameter, form.of(item));
		assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
		assertThat(ids(answer)).isEqualTo(byId);
	}

	@ParameterizedTest(name = "{0} {1}= naming nothing")
	@MethodSource("filters")
	void aFilterThatNamesNothingIsRefusedNamingItsParameter(String route, String parameter, Kind kind)
			throws Exception {
		for (String nothing : List.of("987654321", "Zzyzx Qwertyuiop Vvv")) {
			MockHttpServletResponse answer = ask(route, parameter, nothing);
			assertThat(answer.getStatus()).as(nothing).isEqualTo(400);
			assertThat(answer.getContentType()).isEqualTo("application/problem+json");
			JsonNode problem = this.json.readTree(answer.getContentAsString());
			assertThat(problem.path("parameter").asString()).isEqualTo(parameter);
			assertThat(problem.path("detail").asString()).contains(nothing);
		}
	}

	@ParameterizedTest(name = "{0} {1}= blank")
	@MethodSource("filters")
	void aBlankFilterIsNone(String route, String parameter, Kind kind) throws Exception {
		if (route.startsWith("/api/v1/quotes")) {
			return; // a search with no words and no filter finds nothing, by design
		}
		MockHttpServletResponse all = this.mvc.perform(get(route)).andReturn().getResponse();
		assertThat(ids(ask(route, parameter, " "))).isEqualTo(ids(all));
	}

	private MockHttpServletResponse ask(String route, String parameter, String value) throws Exception {
		MvcResult result = this.mvc.perform(get(route).queryParam(parameter, value)).andReturn();
		// quote search writes its answer as the rows arrive, after the handler returns
		return result.getRequest().isAsyncStarted() ? this.mvc.perform(asyncDispatch(result)).andReturn().getResponse()
				: result.getResponse();
	}

	private List<Long> ids(MockHttpServletResponse answer) throws Exception {
		List<Long> ids = new ArrayList<>();
		this.json.readTree(answer.getContentAsString())
			.path("items")
			.forEach((item) -> ids.add(item.get("id").asLong()));
		return ids;
	}

	record Named(long id, String name, String slug) {

	}

	record World(Named person, Named outlet, Named topic) {

		Named of(Kind kind) {
			return switch (kind) {
				case PERSON -> this.person;
				case OUTLET -> this.outlet;
				case TOPIC -> this.topic;
			};
		}

	}

}
