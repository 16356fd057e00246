package org.claimtracker.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The JSON-LD of a web page ({@code <script type="application/ld+json">}): its nodes,
 * those of a {@code @graph} included, and the one that describes the page's article.
 */
final class LinkedData {

	/**
	 * The schema.org types of an article, besides every type whose name ends in
	 * "Article".
	 */
	private static final Set<String> ARTICLE_TYPES = Set.of("BlogPosting", "LiveBlogPosting", "Report",
			"SocialMediaPosting");

	private final List<JsonNode> nodes;

	private LinkedData(List<JsonNode> nodes) {
		this.nodes = nodes;
	}

	/**
	 * The JSON-LD of a page; a script that is not JSON is passed over, as browsers do.
	 */
	static LinkedData of(Document page) {
		List<JsonNode> nodes = new ArrayList<>();
		for (Element script : page.select("script[type=application/ld+json]")) {
			try {
				add(JsonValues.MAPPER.readTree(script.data()), nodes);
			}
			catch (JacksonException ex) {
				// some pages hold broken JSON-LD; their other markup may still do
			}
		}
		return new LinkedData(nodes);
	}

	private static void add(@Nullable JsonNode value, List<JsonNode> nodes) {
		if (value == null) {
			return;
		}
		if (value.isArray()) {
			value.forEach((element) -> add(element, nodes));
		}
		else if (value.isObject()) {
			nodes.add(value);
			add(value.get("@graph"), nodes);
		}
	}

	/** The node of the page's article, or null when the JSON-LD describes none. */
	@Nullable JsonNode article() {
		for (JsonNode node : this.nodes) {
			for (String type : types(node)) {
				if (type.endsWith("Article") || ARTICLE_TYPES.contains(type)) {
					return node;
				}
			}
		}
		return null;
	}

	/**
	 * A value that only points to a node by its {@code @id} ({@code "publisher": {"@id":
	 * "#org"}}) as the node it points to, when the page holds it.
	 */
	@Nullable JsonNode resolve(@Nullable JsonNode value) {
		if (value == null || !value.isObject() || value.size() != 1 || !value.has("@id")) {
			return value;
		}
		String id = value.get("@id").asString();
		for (JsonNode node : this.nodes) {
			if (node != value && node.size() > 1 && id.equals(JsonValues.scalar(node.get("@id")))) {
				return node;
			}
		}
		return value;
	}

	/**
	 * The names of the people or organizations a value gives (an author, a publisher),
	 * those it points to by their {@code @id} included.
	 */
	List<String> names(@Nullable JsonNode value) {
		if (value != null && value.isArray()) {
			List<String> names = new ArrayList<>();
			for (JsonNode element : value) {
				names(element).stream().filter((name) -> !names.contains(name)).forEach(names::add);
			}
			return names;
		}
		return JsonValues.names(resolve(value));
	}

	/**
	 * The {@code @type}s of a node, given as text or a list; prefixes such as "schema:"
	 * dropped.
	 */
	static List<String> types(JsonNode node) {
		List<String> types = new ArrayList<>();
		JsonNode type = node.get("@type");
		if (type != null && type.isArray()) {
			type.forEach((each) -> addType(each, types));
		}
		else if (type != null) {
			addType(type, types);
		}
		return types;
	}

	private static void addType(JsonNode type, List<String> types) {
		if (type.isString()) {
			String name = type.stringValue();
			types.add(name.substring(Math.max(name.lastIndexOf(':'), name.lastIndexOf('/')) + 1));
		}
	}

}
