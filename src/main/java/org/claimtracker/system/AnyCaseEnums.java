package org.claimtracker.system;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Kinds, stances and other fixed values in addresses and forms read in any case, as
 * search reads them: {@code /claims?kind=factual} is {@code kind=FACTUAL}. An empty value
 * is none.
 */
@Configuration(proxyBeanMethods = false)
class AnyCaseEnums implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new StringToEnum());
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static final class StringToEnum implements ConverterFactory<String, Enum> {

		@Override
		public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
			return (String source) -> named(type, source);
		}

		private static <T extends Enum> @Nullable T named(Class<T> type, String source) {
			String name = source.strip();
			return name.isEmpty() ? null : (T) Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
		}

	}

}
