package org.claimtracker.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.claimtracker.account.AccountService;
import org.claimtracker.account.ApiTokenService;
import org.claimtracker.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every field of every JSON body the API takes, in turn, set to a value of the wrong kind
 * or hostile text: each answer is a success or a problem detail with a 4xx status, never
 * a server error. Each case runs in its own transaction, rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class HostileBodyTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final List<Object> VALUES = List.of("abc", "\u0000", "", -1, 1.5, "99999999999999999999", true, List.of(),
			Map.of(), "2020-13-45", "-5000-01-01", "+10000-01-01", "\uD800", "BOGUS", "🙂", "x".repeat(30_000),
			"<script>alert(1)</script>");

	static final Map<String, String> BODIES = Map.of("POST /api/v1/articles", """
			{"title": "T", "outlet": "O", "byline": "B", "published": "2024-01-01",
			 "url": "https://example.org/hostile-body", "body": "Body text.", "format": "PLAIN"}""",
			"PUT /api/v1/articles/1", """
					{"title": "T", "outlet": "O", "byline": "B", "published": "2024-01-01",
					 "url": "https://example.org/hostile-details"}""", "PUT /api/v1/people/1", """
					{"name": "N", "party": "P", "description": "D"}""", "PUT /api/v1/articles/1/body", """
					{"body": "Body text.", "format": "PLAIN"}""", "POST /api/v1/quotes", """
					{"articleId": 1, "speakerId": 1, "kind": "DIRECT", "saidOn": "2020-12-30", "context": "c",
					 "selector": {"start": 0, "end": 6, "exact": "Ossoff"}}""", "POST /api/v1/claims", """
					{"statement": "Taxes rose.", "kind": "POSITION", "subjectId": 1, "topicIds": [1]}""",
			"PUT /api/v1/claims/1", """
					{"statement": "Taxes rose.", "kind": "POSITION", "subjectId": 1, "topicIds": [1]}""",
			"POST /api/v1/evidence", """
					{"quoteId": 1, "claimId": 1, "stance": "SUPPORTS", "rationale": "r"}""", "PUT /api/v1/evidence/1",
			"""
					{"stance": "SUPPORTS", "rationale": "r"}""", "POST /api/v1/extract", """
					{"text": "\\"We will win,\\" Ossoff said."}""");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	PlatformTransactionManager transactions;

	/**
	 * One account and token for every case, committed once: hashing a password for each
	 * would take minutes.
	 */
	static String token;

	@BeforeEach
	void token() {
		if (token == null) {
			TransactionTemplate separate = new TransactionTemplate(this.transactions);
			separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
			token = separate.execute((status) -> {
				if (!this.accounts.exists("hostile-tool")) {
					this.accounts.add("hostile-tool", "payloads nobody should send", Role.EDITOR);
				}
				return this.tokens.create("hostile-tool", "hostile");
			});
		}
	}

	static Stream<Arguments> cases() {
		return BODIES.entrySet().stream().flatMap((body) -> {
			ObjectNode valid = (ObjectNode) JSON.readTree(body.getValue());
			return valid.propertyNames().stream().flatMap((field) -> VALUES.stream().map((value) -> {
				ObjectNode hostile = valid.deepCopy();
				hostile.set(field, JSON.valueToTree(value));
				return Arguments.of(body.getKey(), field, hostile.toString());
			}));
		});
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("cases")
	void noFieldValueIsAServerError(String endpoint, String field, String body) throws Exception {
		String[] method = endpoint.split(" ");
		MvcResult result = this.mvc
			.perform(request(HttpMethod.valueOf(method[0]), method[1]).header("Authorization", "Bearer " + token)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn();
		int status = result.getResponse().getStatus();
		assertThat(status).isLessThan(500);
		if (status >= 400) {
			assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
		}
	}

}
