package org.claimtracker.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks JSON against the W3C's Web Annotation tests, kept as test resources as the W3C
 * published them: the JSON schemas of w3c/web-annotation-tests (each assertion of a
 * {@code *Musts.test} list must hold as it expects), and the Web Annotation JSON-LD
 * context {@code anno.jsonld} (every key a term of the context, and every value of
 * {@code type}, {@code motivation} and {@code purpose} one of its terms, so that a
 * JSON-LD processor expanding the document keeps all of it).
 */
final class W3cAnnotationChecks {

	private static final String BASE = "https://w3c.github.io/web-annotation-tests/";

	private static final String TESTS = "/w3c/web-annotation-tests/";

	private static final Set<String> DEFINITIONS = Set.of("annotations.json", "bodyTarget.json", "choiceSet.json",
			"collections.json", "id.json", "otherProperties.json", "specificResource.json");

	/** Keys whose values the context reads as terms of its vocabulary. */
	private static final Set<String> VOCABULARY_VALUES = Set.of("type", "motivation", "purpose");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
			(builder) -> builder.schemas(W3cAnnotationChecks::schemaText));

	private final Map<String, Schema> loaded = new java.util.concurrent.ConcurrentHashMap<>();

	private final JsonNode context = JSON.readTree(text("/w3c/anno.jsonld")).path("@context");

	/**
	 * What fails of the assertions listed in the test file (such as
	 * {@code annotations/annotationMusts.test}), one line each; none when all hold.
	 */
	List<String> failures(String testFile, JsonNode json) {
		List<String> failures = new ArrayList<>();
		for (JsonNode assertion : JSON.readTree(text(TESTS + testFile)).path("assertions")) {
			String path = assertion.asString();
			JsonNode definition = JSON.readTree(text(TESTS + path));
			Schema schema = this.loaded.computeIfAbsent(path,
					(p) -> this.schemas.getSchema(SchemaLocation.of(BASE + p)));
			boolean valid = schema.validate(json).isEmpty();
			boolean expected = !"invalid".equals(definition.path("expectedResult").asString("valid"));
			if (valid != expected) {
				failures.add(path + ": " + definition.path("errorMessage").asString());
			}
		}
		return failures;
	}

	/** The keys and vocabulary values the Web Annotation context does not define. */
	List<String> undefinedTerms(JsonNode json) {
		List<String> undefined = new ArrayList<>();
		walk(json, "$", undefined);
		return undefined;
	}

	private void walk(JsonNode node, String where, List<String> undefined) {
		if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				walk(node.get(i), where + "[" + i + "]", undefined);
			}
			return;
		}
		if (!node.isObject()) {
			return;
		}
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			String key = field.getKey();
			if (!key.equals("@context") && !this.context.has(key)) {
				undefined.add(where + "." + key);
			}
			if (VOCABULARY_VALUES.contains(key)) {
				for (JsonNode value : field.getValue().isArray() ? field.getValue() : List.of(field.getValue())) {
					if (!this.context.has(value.asString())) {
						undefined.add(where + "." + key + " = " + value.asString());
					}
				}
			}
			else if (!key.equals("@context")) {
				walk(field.getValue(), where + "." + key, undefined);
			}
		}
	}

	private static @Nullable String schemaText(String iri) {
		if (!iri.startsWith(BASE)) {
			return null;
		}
		String path = iri.substring(BASE.length());
		int hash = path.indexOf('#');
		path = (hash >= 0) ? path.substring(0, hash) : path;
		String name = path.substring(path.lastIndexOf('/') + 1);
		return text(TESTS + (DEFINITIONS.contains(name) ? "definitions/" + name : path));
	}

	private static String text(String resource) {
		try (InputStream in = W3cAnnotationChecks.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No test resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
