package org.claimtracker.importing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article's address names the same page however an annotation tool writes it: scheme,
 * host case, default port, trailing slash, fragment and tracking parameters aside; what
 * does name another page still does.
 */
class ArticleAddressTest {

	private static final String KEY = ArticleAddress.key("https://www.example-gazette.org/2020/12/ossoff/");

	@Test
	void theSamePageWrittenOtherwiseHasTheSameKey() {
		assertThat(KEY).isEqualTo("www.example-gazette.org/2020/12/ossoff");
		assertThat(ArticleAddress.key("http://WWW.Example-Gazette.org/2020/12/ossoff")).isEqualTo(KEY);
		assertThat(ArticleAddress.key("https://www.example-gazette.org:443/2020/12/ossoff//#comments")).isEqualTo(KEY);
		assertThat(ArticleAddress
			.key("https://www.example-gazette.org/2020/12/ossoff/?utm_source=twitter&UTM_MEDIUM=social#annotations"))
			.isEqualTo(KEY);
	}

	@Test
	void anotherPageOrNoWebAddressDiffers() {
		assertThat(ArticleAddress.key("https://www.example-gazette.org/2020/12/Ossoff")).isNotEqualTo(KEY);
		assertThat(ArticleAddress.key("https://www.example-gazette.org/2020/12/ossoff?page=2")).isNotEqualTo(KEY)
			.endsWith("?page=2");
		assertThat(ArticleAddress.key("https://example-gazette.org:8443/2020/12/ossoff")).isNotEqualTo(KEY);
		assertThat(ArticleAddress.key("urn:x-pdf:6f1ad2c0")).isNull();
		assertThat(ArticleAddress.key("not an address at all")).isNull();
		assertThat(ArticleAddress.hostAndPath("www.example-gazette.org/a?page=2"))
			.isEqualTo("www.example-gazette.org/a");
	}

}
