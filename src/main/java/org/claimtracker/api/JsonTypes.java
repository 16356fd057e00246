package org.claimtracker.api;

import java.time.LocalDate;

import org.claimtracker.common.UnstorableText;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON values of the wrong kind are refused, not converted: a number or true where text
 * belongs would be stored as "5" or "true", and a number where a date belongs read as a
 * count of days since 1970. Nor is text that holds half of a character (see
 * {@link UnstorableText}).
 */
@Configuration(proxyBeanMethods = false)
class JsonTypes {

	@Bean
	JsonMapperBuilderCustomizer valuesOfTheirOwnKind() {
		return (builder) -> builder
			.withCoercionConfig(LogicalType.Textual,
					(text) -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LocalDate.class,
					(date) -> date.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.addModule(new SimpleModule("whole characters").addDeserializer(String.class, new WholeCharacters()));
	}

	/** Text as JSON gives it, refused when it holds half of a character. */
	static final class WholeCharacters extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = super.deserialize(parser, context);
			if (text != null && UnstorableText.splitsACharacter(text)) {
				return (String) context.handleWeirdStringValue(String.class, text, UnstorableText.HALF_A_CHARACTER);
			}
			return text;
		}

	}

}
