package org.claimtracker.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimtracker.common.Names;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the values of JSON records: the one mapper of import files, and the ways
 * schema.org data gives a value (text, a number, an object with a name, a list of them).
 */
final class JsonValues {

	/**
	 * Numbers are kept as written ({@code 1.50} stays "1.50"): a rating's value is the
	 * checker's, not a float's. No text may be longer than a record.
	 */
	static final JsonMapper MAPPER = JsonMapper
		.builder(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Limits.RECORD).build())
			.build())
		.enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
		.build();

	private JsonValues() {
	}

	/**
	 * The text of a field, tidied, or null when it is missing, null or blank; a field of
	 * another kind is a bad record.
	 */
	static @Nullable String text(JsonNode record, String field) throws BadRecordException {
		String text = wholeText(record, field);
		return (text != null) ? blankAsNull(text) : null;
	}

	/**
	 * The text of a field as it is, line breaks and all (a body), or null when it is
	 * missing or null; a field of another kind is a bad record.
	 */
	static @Nullable String wholeText(JsonNode record, String field) throws BadRecordException {
		JsonNode value = record.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw new BadRecordException("\"" + field + "\" is not text");
		}
		return value.stringValue();
	}

	/**
	 * A value as schema.org data gives it, tidied: text or a number as written, the first
	 * of a list, the {@code @value} of a JSON-LD value object; null when there is none.
	 */
	static @Nullable String scalar(@Nullable JsonNode value) {
		if (value == null) {
			return null;
		}
		if (value.isArray()) {
			for (JsonNode element : value) {
				String text = scalar(element);
				if (text != null) {
					return text;
				}
			}
			return null;
		}
		if (value.isObject()) {
			return scalar(value.get("@value"));
		}
		if (value.isString() || value.isNumber() || value.isBoolean()) {
			return blankAsNull(value.asString());
		}
		return null;
	}

	/**
	 * The names of the people or organizations a value gives: a name as text, an object
	 * with a name, or a list of either.
	 */
	static List<String> names(@Nullable JsonNode value) {
		List<String> names = new ArrayList<>();
		addNames(value, names);
		return names;
	}

	private static void addNames(@Nullable JsonNode value, List<String> names) {
		if (value == null) {
			return;
		}
		if (value.isArray()) {
			value.forEach((element) -> addNames(element, names));
			return;
		}
		String name = value.isObject() ? scalar(value.get("name")) : scalar(value);
		if (name != null && !names.contains(name)) {
			names.add(name);
		}
	}

	/** Whether a NUL character is in any text of a value, names of fields included. */
	static boolean holdsNul(JsonNode value) {
		if (value.isString()) {
			return Text.holdsNul(value.stringValue());
		}
		if (value.isObject()) {
			for (Map.Entry<String, JsonNode> field : value.properties()) {
				if (Text.holdsNul(field.getKey()) || holdsNul(field.getValue())) {
					return true;
				}
			}
		}
		if (value.isArray()) {
			for (JsonNode element : value) {
				if (holdsNul(element)) {
					return true;
				}
			}
		}
		return false;
	}

	private static @Nullable String blankAsNull(String text) {
		String tidy = Names.tidy(text);
		return tidy.isEmpty() ? null : tidy;
	}

}
