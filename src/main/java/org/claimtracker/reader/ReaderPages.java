package org.claimtracker.reader;

import org.claimtracker.system.PublicUrl;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every reader's page carries besides its content: see {@link PageMetaInterceptor}.
 */
@Configuration(proxyBeanMethods = false)
class ReaderPages implements WebMvcConfigurer {

	private final MessageSource messages;

	private final PublicUrl publicUrl;

	ReaderPages(MessageSource messages, PublicUrl publicUrl) {
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PageMetaInterceptor(this.messages, this.publicUrl))
			.addPathPatterns("/", "/about", "/articles/**", "/claims/**", "/quotes/**", "/people/**", "/topics/**",
					"/races/**", "/search");
	}

}
