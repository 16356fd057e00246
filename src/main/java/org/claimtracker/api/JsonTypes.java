package org.claimtracker.api;

import java.time.LocalDate;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON values of the wrong kind are refused, not converted: a number or true where text belongs would
 * be stored as "5" or "true", and a number where a date belongs read as a count of days since 1970.
 */
@Configuration(proxyBeanMethods = false)
class JsonTypes {

	@Bean
	JsonMapperBuilderCustomizer valuesOfTheirOwnKind() {
		return (builder) -> builder
			.withCoercionConfig(LogicalType.Textual, (text) -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LocalDate.class, (date) -> date.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
	}

}
