package org.claimtracker.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.claimtracker.DemoIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every item has one shape wherever it appears (docs/api.md, "Names and shapes"): a
 * person, an outlet, a topic, a race, a claim in a list or an article named by a span has
 * the same fields as an item of its own list as inside any other answer.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ItemShapesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void eachKindOfItemHasOneShapeOnEveryRoute() throws Exception {
		DemoIds ids = new DemoIds(this.jdbc);
		String claim = "/api/v1/claims/" + ids.claim("Under 287(g)");
		String subjectClaim = "/api/v1/claims/" + ids.claim("Jon Ossoff opposes");
		String person = "/api/v1/people/" + ids.person("Jon Ossoff");
		String quote = "/api/v1/quotes/" + ids.quote("We can’t have");
		String article = "/api/v1/articles/" + ids.article();
		String search = "/api/v1/quotes?q=287(g)&page=1";
		String race = "/api/v1/races/"
				+ this.jdbc.queryForObject("select id from race where slug = 'ga-senate-regular-2020'", Long.class);
		Map<String, List<String>> places = new LinkedHashMap<>();
		places.put("person",
				List.of("/api/v1/people items[]", "/api/v1/claims items[].subject", subjectClaim + " subject",
						quote + " speaker", search + " items[].speaker", person + " claims[].subject",
						person + " races[].candidates[].person", claim + " evidence[].quote.speaker",
						article + " quotes[].speaker", "/api/v1/races items[].candidates[].person"));
		places.put("outlet",
				List.of("/api/v1/outlets items[]", "/api/v1/articles items[].outlet", article + " outlet",
						quote + " article.outlet", search + " items[].article.outlet",
						claim + " appearances[].article.outlet"));
		places.put("topic", List.of("/api/v1/topics items[]", "/api/v1/claims items[].topics[]", claim + " topics[]",
				person + " claims[].topics[]"));
		places.put("race", List.of("/api/v1/races items[]", race + " .", person + " races[]"));
		places.put("claim in a list", List.of("/api/v1/claims items[]", person + " claims[]"));
		places.put("article named by a span", List.of(quote + " article", search + " items[].article",
				claim + " appearances[].article", article + " quotes[].article", claim + " evidence[].quote.article"));
		places.put("quote", List.of(quote + " .", article + " quotes[]", person + " quotes[]"));
		for (Map.Entry<String, List<String>> kind : places.entrySet()) {
			Map<Set<String>, List<String>> shapes = new LinkedHashMap<>();
			for (String place : kind.getValue()) {
				String address = place.substring(0, place.indexOf(' '));
				List<JsonNode> found = new ArrayList<>();
				at(read(address), place.substring(place.indexOf(' ') + 1), found);
				assertThat(found).as("%s at %s", kind.getKey(), place).isNotEmpty();
				for (JsonNode item : found) {
					shapes.computeIfAbsent(new TreeSet<>(item.propertyNames()), (k) -> new ArrayList<>()).add(place);
				}
			}
			assertThat(shapes).as("the shapes of a %s, and where each is", kind.getKey()).hasSize(1);
		}
	}

	@Test
	void aClaimsSubjectIsAnObjectInTheListAsInTheClaim() throws Exception {
		DemoIds ids = new DemoIds(this.jdbc);
		long ossoff = ids.person("Jon Ossoff");
		JsonNode list = read("/api/v1/claims?subject=" + ossoff);
		assertThat(list.get("items")).isNotEmpty();
		for (JsonNode item : list.get("items")) {
			assertThat(item.has("subjectId")).isFalse();
			assertThat(item.get("subject").get("id").asLong()).isEqualTo(ossoff);
			JsonNode one = read("/api/v1/claims/" + item.get("id").asLong());
			assertThat(one.get("subject")).isEqualTo(item.get("subject"));
			assertThat(one.get("topics")).isEqualTo(item.get("topics"));
		}
		JsonNode noSubject = read("/api/v1/claims/" + ids.claim("Under 287(g)"));
		assertThat(noSubject.has("subject")).isTrue();
		assertThat(noSubject.get("subject").isNull()).isTrue();
	}

	/** The items at a path: fields apart by dots, [] for each item of an array. */
	private static void at(JsonNode node, String path, List<JsonNode> found) {
		if (path.equals(".") || path.isEmpty()) {
			if (node.isObject()) {
				found.add(node);
			}
			return;
		}
		int dot = path.indexOf('.');
		String step = (dot < 0) ? path : path.substring(0, dot);
		String rest = (dot < 0) ? "" : path.substring(dot + 1);
		boolean each = step.endsWith("[]");
		JsonNode next = node.path(each ? step.substring(0, step.length() - 2) : step);
		if (each) {
			next.forEach((item) -> at(item, rest, found));
		}
		else {
			at(next, rest, found);
		}
	}

	private JsonNode read(String address) throws Exception {
		MvcResult result = this.mvc.perform(get(address)).andReturn();
		// quote search writes its answer as the rows arrive, after the handler returns
		var answer = result.getRequest().isAsyncStarted()
				? this.mvc.perform(asyncDispatch(result)).andReturn().getResponse() : result.getResponse();
		assertThat(answer.getStatus()).as(address).isEqualTo(200);
		return this.json.readTree(answer.getContentAsString());
	}

}
