package org.claimtracker.system;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Browsers keep styles, scripts and the icon, whose addresses change with their content,
 * and never keep pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssetCachingTest {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|img|webjars)/[^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resources;

	/**
	 * Every link a page writes passes by the resource chain; under a handler for every
	 * path, each would first be looked for as a file on the class path (9 ms more for a
	 * page of search results). The API's browsable page (Swagger UI) serves its own files
	 * under its own path.
	 */
	@Test
	void onlyTheAssetsPathsHoldFiles() {
		assertThat(this.resources.getHandlerMap().keySet().stream().map(Object::toString)).containsExactlyInAnyOrder(
				"/css/**", "/js/**", "/img/**", "/webjars/**", "/schemas/**", "/swagger-ui/**",
				"/swagger-ui/*index.html", "/swagger-ui/*swagger-initializer.js");
	}

	@Test
	void stylesAndScriptsAreAddressedByContentAndKeptForAYear() throws Exception {
		String page = this.mvc.perform(get("/search").param("q", "amnesty"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> assets = new ArrayList<>();
		Matcher found = ASSET.matcher(page);
		while (found.find()) {
			assets.add(found.group(1));
		}
		assertThat(assets).anyMatch((a) -> a.matches("/css/claimtracker-[0-9a-f]{32}\\.css"))
			.anyMatch((a) -> a.matches("/js/search-[0-9a-f]{32}\\.js"))
			.anyMatch((a) -> a.matches("/js/copy-[0-9a-f]{32}\\.js"))
			.anyMatch((a) -> a.matches("/img/favicon-[0-9a-f]{32}\\.svg"))
			.anyMatch((a) -> a.startsWith("/webjars/htmx.org/"));
		for (String asset : assets) {
			this.mvc.perform(get(asset))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "max-age=31536000, public"))
				.andExpect(header().doesNotExist("Pragma"))
				.andExpect(header().doesNotExist("Expires"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		}
	}

}
