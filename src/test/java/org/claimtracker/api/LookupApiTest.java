package org.claimtracker.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.claimtracker.DemoIds;
import org.claimtracker.Fixtures;
import org.claimtracker.article.NewArticle;
import org.claimtracker.claim.Topic;
import org.claimtracker.claim.TopicService;
import org.claimtracker.common.Publication;
import org.claimtracker.person.PersonService;
import org.claimtracker.person.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The lookups that give filters their ids and names: people (found as the speaker filter
 * finds them), topics, outlets and races, paged as every list, with published items only
 * for anyone who may not see drafts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LookupApiTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TopicService topics;

	@Autowired
	PersonService people;

	final JsonMapper json = JsonMapper.builder().build();

	DemoIds ids;

	@BeforeEach
	void ids() {
		this.ids = new DemoIds(this.jdbc);
	}

	@Test
	void peopleByNameOrLikeTheTextTyposForgiven() throws Exception {
		long ossoff = this.ids.person("Jon Ossoff");
		for (String typed : List.of("Osoff", "ossoff", "Jon Ossof", "OSSOFF", "Oss", "jon ossoff")) {
			JsonNode found = read(get("/api/v1/people").queryParam("q", typed));
			assertThat(found.at("/items/0/id").asLong()).as(typed).isEqualTo(ossoff);
			assertThat(found.at("/items/0/name").asString()).isEqualTo("Jon Ossoff");
			assertThat(found.at("/items/0/party").asString()).isEqualTo("Democratic");
		}
		assertThat(read(get("/api/v1/people?q=Zzyzx Qwertyuiop")).get("total").asLong()).isZero();

		int published = count("select count(*) from person where status = 'PUBLISHED'");
		JsonNode everyone = read(get("/api/v1/people?size=100"));
		assertThat(everyone.get("total").asLong()).isEqualTo(published);
		List<String> names = new ArrayList<>();
		everyone.get("items").forEach((p) -> names.add(p.get("name").asString()));
		assertThat(names).isSortedAccordingTo(String::compareTo);
	}

	@Test
	void theNameItselfComesBeforeThoseLikeIt() throws Exception {
		String name = this.make.unique("Ottoline Brandvold");
		long exact = this.make.person(name);
		long longer = this.make.person(name + "son");
		JsonNode found = read(get("/api/v1/people").queryParam("q", name.toLowerCase()));
		assertThat(found.at("/items/0/id").asLong()).isEqualTo(exact);
		assertThat(found.at("/items/1/id").asLong()).isEqualTo(longer);
		assertThat(found.get("total").asLong()).isEqualTo(2);
		// a text that is part of a name finds it, and % or _ in it are no wildcards
		assertThat(read(get("/api/v1/people").queryParam("q", "Brandvo")).get("total").asLong())
			.isGreaterThanOrEqualTo(2);
		for (String wildcard : List.of("%", "_", "%%%")) {
			assertThat(read(get("/api/v1/people").queryParam("q", wildcard)).get("total").asLong()).as(wildcard)
				.isZero();
		}
	}

	@Test
	void topicsOutletsAndRaces() throws Exception {
		JsonNode topics = read(get("/api/v1/topics"));
		assertThat(topics.get("total").asLong())
			.isEqualTo(count("select count(*) from topic where status = 'PUBLISHED'"));
		JsonNode policing = find(topics, "slug", "policing");
		assertThat(policing.get("name").asString()).isEqualTo("Policing");
		assertThat(policing.get("id").asLong()).isEqualTo(count("select id from topic where slug = 'policing'"));

		JsonNode outlets = read(get("/api/v1/outlets"));
		JsonNode breitbart = find(outlets, "name", "Breitbart News");
		assertThat(breitbart.get("id").asLong())
			.isEqualTo(count("select outlet_id from article where id = " + this.ids.article()));
		assertThat(breitbart.propertyNames()).containsExactlyInAnyOrder("id", "name");

		JsonNode races = read(get("/api/v1/races"));
		assertThat(races.get("total").asLong())
			.isEqualTo(count("select count(*) from race where status = 'PUBLISHED'"));
		JsonNode regular = find(races, "slug", "ga-senate-regular-2020");
		assertThat(regular.at("/candidates/0/person/name").asString()).isEqualTo("David Perdue");
		assertThat(regular.at("/candidates/0/incumbent").asBoolean()).isTrue();
		assertThat(regular.at("/candidates/1/person/id").asLong()).isEqualTo(this.ids.person("Jon Ossoff"));
		assertThat(regular.get("runoff").asString()).isEqualTo("2021-01-05");

		JsonNode race = read(get("/api/v1/races/{id}", regular.get("id").asLong()));
		assertThat(race).isEqualTo(regular);
		this.mvc.perform(get("/api/v1/races/{id}", 987654321L)).andExpect((result) -> {
			assertThat(result.getResponse().getStatus()).isEqualTo(404);
			assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		});
	}

	@Test
	void pagedAsEveryListWithTheSameCapsAndProblems() throws Exception {
		for (String list : List.of("people", "topics", "outlets", "races", "articles", "claims")) {
			JsonNode first = read(get("/api/v1/" + list + "?size=1"));
			assertThat(first.propertyNames()).as(list).containsExactly("items", "page", "size", "total");
			assertThat(first.get("page").asInt()).isEqualTo(1);
			assertThat(first.get("size").asInt()).isEqualTo(1);
			assertThat(first.get("items")).hasSizeLessThanOrEqualTo(1);
			assertThat(read(get("/api/v1/" + list)).get("size").asInt()).as(list).isEqualTo(20);
			if (first.get("total").asLong() > 1) {
				JsonNode second = read(get("/api/v1/" + list + "?size=1&page=2"));
				assertThat(second.at("/items/0/id")).as(list).isNotEqualTo(first.at("/items/0/id"));
			}
			for (String[] bad : new String[][] { { "size=101", "size" }, { "size=0", "size" }, { "page=0", "page" },
					{ "page=100001", "page" }, { "page=x", "page" }, { "size=2147483648", "size" } }) {
				var answer = this.mvc.perform(get("/api/v1/" + list + "?" + bad[0])).andReturn().getResponse();
				assertThat(answer.getStatus()).as(list + "?" + bad[0]).isEqualTo(400);
				assertThat(answer.getContentType()).isEqualTo("application/problem+json");
				assertThat(this.json.readTree(answer.getContentAsString()).get("parameter").asString())
					.as(list + "?" + bad[0])
					.isEqualTo(bad[1]);
			}
		}
		var tooLong = this.mvc.perform(get("/api/v1/people").queryParam("q", "x".repeat(201)))
			.andReturn()
			.getResponse();
		assertThat(tooLong.getStatus()).isEqualTo(400);
		assertThat(this.json.readTree(tooLong.getContentAsString()).get("parameter").asString()).isEqualTo("q");
	}

	@Test
	void draftsOnlyForThoseWhoMaySeeThem() throws Exception {
		String person = this.make.unique("Draftina Hiddenworth");
		this.make.person(person, Publication.DRAFT);
		String topic = this.make.unique("Covert Matters");
		long topicId = this.topics.add(new Topic("covert-" + System.nanoTime(), topic)).getId();
		this.make.removeAfter("topic", topicId);
		String outlet = this.make.unique("Hidden Gazette");
		this.make.article(new NewArticle("A draft", outlet, null, LocalDate.of(2021, 1, 2),
				"https://example.org/fixtures/lookups/" + System.nanoTime(), "Words in a draft."));
		String race = this.make.unique("Secret race");
		long raceId = this.people.add(new Race("secret-race-" + System.nanoTime(), race, "Mayor", null, null, null))
			.getId();
		this.make.removeAfter("race", raceId);

		for (boolean editor : new boolean[] { false, true }) {
			String who = editor ? "editor" : "reader";
			assertThat(names(get("/api/v1/people?size=100").queryParam("q", person), editor)).as(who)
				.satisfies((names) -> assertThat(names.contains(person)).isEqualTo(editor));
			assertThat(names(get("/api/v1/topics?size=100"), editor)).as(who)
				.satisfies((names) -> assertThat(names.contains(topic)).isEqualTo(editor));
			assertThat(names(get("/api/v1/outlets?size=100"), editor)).as(who)
				.satisfies((names) -> assertThat(names.contains(outlet)).isEqualTo(editor));
			assertThat(names(get("/api/v1/races?size=100"), editor)).as(who)
				.satisfies((names) -> assertThat(names.contains(race)).isEqualTo(editor));
			MockHttpServletRequestBuilder one = get("/api/v1/races/{id}", raceId);
			assertThat(this.mvc.perform(editor ? one.with(user("ed").roles("EDITOR")) : one)
				.andReturn()
				.getResponse()
				.getStatus()).as(who).isEqualTo(editor ? 200 : 404);
		}
	}

	private List<String> names(MockHttpServletRequestBuilder request, boolean editor) throws Exception {
		List<String> names = new ArrayList<>();
		read(editor ? request.with(user("ed").roles("EDITOR")) : request).get("items")
			.forEach((item) -> names.add(item.get("name").asString()));
		return names;
	}

	private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
		var answer = this.mvc.perform(request).andReturn().getResponse();
		assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
		return this.json.readTree(answer.getContentAsString());
	}

	private static JsonNode find(JsonNode page, String field, String value) {
		for (JsonNode item : page.get("items")) {
			if (value.equals(item.get(field).asString())) {
				return item;
			}
		}
		throw new AssertionError("No item with " + field + " " + value + " in " + page);
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

}
