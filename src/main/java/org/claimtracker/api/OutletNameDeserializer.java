package org.claimtracker.api;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * An article body's {@code outlet}: the outlet's name, or the outlet as reads give it
 * ({@code {id, name}}), of which the name counts, so that an article read can be written
 * back as it is. Text is read as every text of the API is (see {@link JsonTypes}).
 */
class OutletNameDeserializer extends ValueDeserializer<String> {

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			return context.readValue(parser, String.class);
		}
		JsonNode outlet = context.readTree(parser);
		JsonNode name = outlet.get("name");
		if (name == null || !name.isString()) {
			return context.reportInputMismatch(String.class, "An outlet object needs its name");
		}
		return context.readTreeAsValue(name, String.class);
	}

}
