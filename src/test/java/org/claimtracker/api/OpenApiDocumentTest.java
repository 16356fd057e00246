package org.claimtracker.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API's OpenAPI document, as a real context serves it: every route mapped under
 * /api/v1 is in it with its methods, whoever added the route; it is a valid OpenAPI 3.1
 * document by the OpenAPI Initiative's schema, its schemas valid JSON Schema 2020-12; and
 * every answer, problems included, has an example that its schema takes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentTest {

	/** Where the document is registered with the validator, to resolve its $refs. */
	private static final String DOCUMENT = "https://claimtracker.test/v3/api-docs";

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
			"trace");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	final JsonMapper json = JsonMapper.builder().build();

	String text;

	JsonNode document;

	@BeforeEach
	void fetch() throws Exception {
		this.text = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.document = this.json.readTree(this.text);
	}

	@Test
	void everyRouteUnderApiV1IsInTheDocumentWithItsMethods() {
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : this.context
			.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				for (String path : info.getPatternValues()) {
					if (!path.startsWith("/api/v1/") && !path.equals("/api/v1")) {
						continue;
					}
					Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
					assertThat(methods).as("the methods of %s, which the document must name", path).isNotEmpty();
					methods.forEach((method) -> mapped.add(method.name().toLowerCase(Locale.ROOT) + " " + path));
				}
			}
		}
		Set<String> documented = new TreeSet<>();
		this.document.get("paths").properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			if (METHODS.contains(operation.getKey())) {
				documented.add(operation.getKey() + " " + path.getKey());
			}
		}));
		assertThat(mapped).as("routes mapped under /api/v1").hasSizeGreaterThan(25);
		assertThat(documented).as("the operations of the document").containsAll(mapped);
		assertThat(documented).as("nothing outside the app's routes").isSubsetOf(mapped);
	}

	@Test
	void isValidOpenApi31() throws IOException {
		assertThat(this.document.get("openapi").asString()).startsWith("3.1.");
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
		Schema openApi31;
		try (InputStream in = new ClassPathResource("openapi/oas-3.1-schema-2025-11-23.json").getInputStream()) {
			openApi31 = registry.getSchema(in, InputFormat.JSON);
		}
		assertThat(messages(openApi31.validate(this.document))).as("errors by the OpenAPI 3.1 schema").isEmpty();

		Schema jsonSchema = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
		List<String> errors = new ArrayList<>();
		this.document.get("components").get("schemas").properties().forEach((schema) -> {
			for (String message : messages(jsonSchema.validate(schema.getValue()))) {
				errors.add(schema.getKey() + ": " + message);
			}
		});
		assertThat(errors).as("schemas that are no JSON Schema 2020-12").isEmpty();
	}

	@Test
	void everyOperationIsDescribedAndEveryAnswerHasAnExampleItsSchemaTakes() {
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				(builder) -> builder.schemas(Map.of(DOCUMENT, this.text)));
		List<String> missing = new ArrayList<>();
		List<String> invalid = new ArrayList<>();
		this.document.get("paths").properties().forEach((path) -> path.getValue().properties().forEach((entry) -> {
			if (!METHODS.contains(entry.getKey())) {
				return;
			}
			String operation = entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
			JsonNode op = entry.getValue();
			if (!op.hasNonNull("operationId") || !op.hasNonNull("summary") || !op.has("tags")) {
				missing.add(operation + ": operationId, summary and tag");
			}
			op.path("parameters").forEach((parameter) -> {
				JsonNode resolved = resolve(parameter);
				if (!resolved.hasNonNull("description")) {
					missing.add(operation + ": a description of parameter " + resolved.path("name").asString());
				}
				if (!resolved.has("example") && !resolved.has("examples")) {
					missing.add(operation + ": an example of parameter " + resolved.path("name").asString());
				}
			});
			op.path("requestBody").path("content").properties().forEach((media) -> {
				String pointer = "/paths/" + escape(path.getKey()) + "/" + entry.getKey() + "/requestBody/content/"
						+ escape(media.getKey());
				if (examples(media.getValue()).isEmpty()) {
					missing.add(operation + " body " + media.getKey() + ": an example");
				}
				if (media.getValue().has("schema")) {
					Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer + "/schema"));
					for (JsonNode example : examples(media.getValue())) {
						messages(schema.validate(example))
							.forEach((m) -> invalid.add(operation + " body " + media.getKey() + ": " + m));
					}
				}
			});
			assertThat(op.path("responses").properties()).as("answers of %s", operation).isNotEmpty();
			op.path("responses").properties().forEach((response) -> {
				String answer = operation + " " + response.getKey();
				if (!response.getValue().hasNonNull("description")) {
					missing.add(answer + ": a description");
				}
				response.getValue().path("content").properties().forEach((media) -> {
					String pointer = "/paths/" + escape(path.getKey()) + "/" + entry.getKey() + "/responses/"
							+ response.getKey() + "/content/" + escape(media.getKey());
					List<JsonNode> examples = examples(media.getValue());
					if (examples.isEmpty()) {
						missing.add(answer + " " + media.getKey() + ": an example");
					}
					if (media.getValue().has("schema")) {
						Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer + "/schema"));
						for (JsonNode example : examples) {
							messages(schema.validate(example)).forEach((m) -> invalid.add(answer + ": " + m));
						}
					}
				});
				if (response.getKey().startsWith("4")) {
					assertThat(response.getValue().path("content").has("application/problem+json"))
						.as("%s is a problem detail", answer)
						.isTrue();
				}
			});
		}));
		assertThat(missing).as("what the document leaves out").isEmpty();
		assertThat(invalid).as("examples their schema refuses").isEmpty();
	}

	@Test
	void describesTheTokenAndTheConditionalRequests() {
		JsonNode scheme = this.document.at("/components/securitySchemes/" + OpenApiConfiguration.API_TOKEN);
		assertThat(scheme.path("type").asString()).isEqualTo("http");
		assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
		assertThat(scheme.path("description").asString()).contains("Authorization: Bearer ct_");

		JsonNode revise = this.document.at("/paths/~1api~1v1~1claims~1{id}/put");
		assertThat(revise.path("security").toString()).contains(OpenApiConfiguration.API_TOKEN);
		assertThat(revise.path("parameters").toString()).contains("#/components/parameters/IfMatch");
		assertThat(revise.path("responses").propertyNames()).contains("204", "401", "403", "404", "412", "428");
		assertThat(revise.at("/responses/204/headers/ETag/$ref").asString()).isEqualTo("#/components/headers/ETag");
		assertThat(this.document.at("/components/parameters/IfMatch/description").asString()).contains("412", "428",
				"*");

		JsonNode read = this.document.at("/paths/~1api~1v1~1claims~1{id}/get");
		assertThat(read.has("security")).isFalse();
		assertThat(read.path("parameters").toString()).contains("#/components/parameters/IfNoneMatch");
		assertThat(read.path("responses").propertyNames()).contains("200", "304", "404");
		assertThat(read.at("/responses/200/headers/ETag/$ref").asString()).isEqualTo("#/components/headers/ETag");

		JsonNode create = this.document.at("/paths/~1api~1v1~1claims/post");
		assertThat(create.path("responses").propertyNames()).contains("201", "400", "401", "422");
		assertThat(create.at("/responses/201/headers/Location/$ref").asString())
			.isEqualTo("#/components/headers/Location");
		assertThat(create.at("/requestBody/content/application~1json/example/statement").isString()).isTrue();
	}

	@Test
	void describesTheProblemsWithTheApisExtensions() {
		JsonNode problem = this.document.at("/components/schemas/Problem/properties");
		assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "parameter",
				"errors", "current", "existing");
		assertThat(this.document.at("/components/examples/BadParameter/value/parameter").asString()).isEqualTo("topic");
		assertThat(this.document.at("/components/examples/InvalidBody/value/errors/0/field").asString())
			.isEqualTo("statement");
		JsonNode badFilter = this.document.at("/paths/~1api~1v1~1claims/get/responses/400/content");
		assertThat(badFilter.at("/application~1problem+json/examples/BadParameter/$ref").asString())
			.isEqualTo("#/components/examples/BadParameter");
	}

	@Test
	void theBrowsablePageIsOpenToAnyoneAndKeepsNoSession() throws Exception {
		this.mvc.perform(get("/swagger-ui.html"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/swagger-ui/index.html"));
		var page = this.mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andReturn();
		assertThat(page.getRequest().getSession(false)).isNull();
		assertThat(page.getResponse().getCookies()).isEmpty();
		this.mvc.perform(get("/v3/api-docs/swagger-config"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/v3/api-docs")));
	}

	/** A parameter, or the one of the document's components it refers to. */
	private JsonNode resolve(JsonNode node) {
		return node.has("$ref") ? this.document.at(node.get("$ref").asString().substring(1)) : node;
	}

	/** A media type's examples, those referred to resolved. */
	private List<JsonNode> examples(JsonNode media) {
		List<JsonNode> examples = new ArrayList<>();
		if (media.has("example")) {
			examples.add(media.get("example"));
		}
		media.path("examples").values().forEach((example) -> {
			JsonNode value = resolve(example).get("value");
			if (value != null) {
				examples.add(value);
			}
		});
		return examples;
	}

	private static String escape(String key) {
		return key.replace("~", "~0").replace("/", "~1");
	}

	private static List<String> messages(List<Error> errors) {
		return errors.stream().map(Error::toString).toList();
	}

}
