package org.claimtracker.search;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Whatever a client sends, search answers 200 or 400: never 500, on the page and the
 * exports.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileQueryTest {

	static final List<String> QUERIES = List.of("\"unbalanced", "\"\"", "\"", "-", "- -", "--", "or", "or or or", "OR",
			"-or", "|", "!", "&", "&&", "!!", "<->", "<2>", "()", "(", ")", ":*", "a:*", "*", "'", "''", "\\", "\\'",
			"'); drop table quote; --", "1 or 1=1", "select * from quote", "%", "_", "%_%", "$1", ":status", ":tsquery",
			"?", "x".repeat(10_000), "word ".repeat(2_000), "\"".repeat(5_000), "-".repeat(5_000), "\u0000", "a\u0000b",
			"\u0001\u0002\u001f\u007f", "\t\n\r", "🙂", "👩🏽‍⚖️ immigration", "\uD800", "\uFFFF", "\u202Eevil",
			"e\u0301", "ｉｍｍｉｇｒａｔｉｏｎ", "移民", "Иммиграция", "<script>alert(1)</script>",
			"\"><img src=x onerror=alert(1)>", "immigration -immigration", "-immigration", "the", "a an the of",
			"\uE000oppose\uE001", "amnesty or", "or amnesty", "\"law enforcement", "law\"enforcement\"");

	static final List<String> PARAMETERS = List.of("speaker", "party", "topic", "outlet", "kind", "stance", "claim",
			"from", "to", "sort", "page", "size");

	static final List<String> VALUES = List.of("", " ", "0", "-1", "99999999999999999999", "'; drop table quote; --",
			"\u0000", "🙂", "x".repeat(5_000), "2020-02-30", "+99999-01-01", "0000-01-01", "1e9", "null", "%", "Osoff");

	@Autowired
	MockMvc mvc;

	static Stream<String> queries() {
		return QUERIES.stream();
	}

	static Stream<String[]> filters() {
		return PARAMETERS.stream().flatMap((p) -> VALUES.stream().map((v) -> new String[] { p, v }));
	}

	@ParameterizedTest
	@MethodSource("queries")
	void anyQueryIsAnswered(String q) throws Exception {
		assertThat(status(get("/search").param("q", q))).as("page").isEqualTo(200);
		assertThat(status(get("/search").param("q", q).header("HX-Request", "true"))).as("htmx").isEqualTo(200);
		assertThat(status(get("/api/v1/quotes").param("q", q).param("page", "1"))).as("api").isEqualTo(200);
		assertThat(status(get("/api/v1/quotes").param("q", q))).as("api export").isEqualTo(200);
		assertThat(status(get("/search.csv").param("q", q))).as("csv").isEqualTo(200);
	}

	@ParameterizedTest
	@MethodSource("filters")
	void anyFilterValueIsAnsweredOrRefused(String parameter, String value) throws Exception {
		assertThat(status(get("/search").param("q", "immigration").param(parameter, value))).isIn(200, 400);
		assertThat(status(get("/api/v1/quotes").param("q", "immigration").param("page", "1").param(parameter, value)))
			.isIn(200, 400);
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		if (result.getRequest().isAsyncStarted()) {
			result = this.mvc.perform(asyncDispatch(result)).andReturn();
		}
		return result.getResponse().getStatus();
	}

}
