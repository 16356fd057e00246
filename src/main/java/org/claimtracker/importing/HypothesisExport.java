package org.claimtracker.importing;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON that Hypothesis's API answers for a search
 * ({@code GET /api/search?uri=…&user=…} or {@code &group=…}: {@code {total, rows}}), or a
 * list of its annotations, or one: each row's id, address, annotator, group, note, tags
 * and the selectors of its target. A row that is no annotation of a passage (a page note,
 * a reply) is read with what it lacks, to be reported.
 */
final class HypothesisExport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HypothesisExport() {
	}

	/** A TextQuoteSelector and, if the row has one, a TextPositionSelector. */
	record Selector(String exact, String prefix, String suffix, @Nullable Integer start, @Nullable Integer end) {

	}

	/** One annotation as Hypothesis gives it; {@code selector} null when it has none. */
	record Row(String id, String uri, @Nullable String user, @Nullable String group, String text, List<String> tags,
			@Nullable Selector selector, boolean reply) {

	}

	/** Raised when the file is not a Hypothesis export at all. */
	static final class NotAnExportException extends Exception {

		private static final long serialVersionUID = 1L;

		NotAnExportException(String message) {
			super(message);
		}

	}

	/** The rows of the export. */
	static List<Row> read(String json) throws NotAnExportException {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			throw new NotAnExportException("The file is not JSON: " + ex.getOriginalMessage());
		}
		JsonNode rows;
		if (root.isObject() && root.path("rows").isArray()) {
			rows = root.path("rows");
		}
		else if (root.isArray()) {
			rows = root;
		}
		else if (root.isObject() && root.has("target")) {
			rows = JSON.createArrayNode().add(root);
		}
		else {
			throw new NotAnExportException(
					"The file is not what Hypothesis's API answers: expected {\"total\": …, \"rows\": […]}, a list of annotations or one");
		}
		List<Row> read = new ArrayList<>();
		for (JsonNode row : rows) {
			if (!row.isObject()) {
				throw new NotAnExportException("The file's rows must be annotations, that is JSON objects");
			}
			read.add(row(row));
		}
		return read;
	}

	private static Row row(JsonNode row) {
		List<String> tags = new ArrayList<>();
		for (JsonNode tag : row.path("tags")) {
			if (tag.isString() && !tag.asString().isBlank()) {
				tags.add(tag.asString().strip());
			}
		}
		String uri = text(row.path("uri"));
		Selector selector = null;
		for (JsonNode target : row.path("target").isArray() ? row.path("target") : List.of(row.path("target"))) {
			if (uri.isEmpty()) {
				uri = text(target.path("source"));
			}
			if (selector == null) {
				selector = selector(target.path("selector"));
			}
		}
		return new Row(text(row.path("id")), uri, nullable(row.path("user")), nullable(row.path("group")),
				text(row.path("text")), List.copyOf(tags), selector,
				row.path("references").isArray() && !row.path("references").isEmpty());
	}

	private static @Nullable Selector selector(JsonNode selectors) {
		String exact = null;
		String prefix = "";
		String suffix = "";
		Integer start = null;
		Integer end = null;
		for (JsonNode selector : selectors) {
			String type = selector.path("type").asString("");
			if (type.equals("TextQuoteSelector") && selector.path("exact").isString()) {
				exact = selector.path("exact").asString();
				prefix = text(selector.path("prefix"));
				suffix = text(selector.path("suffix"));
			}
			else if (type.equals("TextPositionSelector") && selector.path("start").canConvertToInt()
					&& selector.path("end").canConvertToInt()) {
				start = selector.path("start").asInt();
				end = selector.path("end").asInt();
			}
		}
		return (exact == null || exact.isEmpty()) ? null : new Selector(exact, prefix, suffix, start, end);
	}

	private static String text(JsonNode node) {
		return node.isString() ? node.asString() : "";
	}

	private static @Nullable String nullable(JsonNode node) {
		return node.isString() && !node.asString().isBlank() ? node.asString() : null;
	}

}
