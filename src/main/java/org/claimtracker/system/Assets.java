package org.claimtracker.system;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Styles, scripts, the site's icon and htmx, kept by browsers for a year: the site's own
 * at addresses that carry a hash of their content, htmx at one that carries its version,
 * so a changed file has a new address. The JSON Schemas of the import formats keep their
 * plain addresses, for tools to cite, and are kept for a day. Only these paths hold
 * files: under Boot's default of every path, each link a page writes would first be
 * looked for as a file on the class path, which took longer than the page itself.
 */
@Configuration(proxyBeanMethods = false)
class Assets implements WebMvcConfigurer {

	private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js", "img" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(A_YEAR)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(A_YEAR);
		registry.addResourceHandler("/schemas/**")
			.addResourceLocations("classpath:/static/schemas/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
	}

}
