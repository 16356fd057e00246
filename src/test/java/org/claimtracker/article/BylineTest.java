package org.claimtracker.article;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A byline is the writer's name: "By Dana Whitfield" is stored as "Dana Whitfield". */
class BylineTest {

	@Test
	void aLeadingByIsNoPartOfTheName() {
		assertThat(ArticleDetails.byline("By Dana Whitfield")).isEqualTo("Dana Whitfield");
		assertThat(ArticleDetails.byline("  by\u00a0 Dana Whitfield ")).isEqualTo("Dana Whitfield");
		assertThat(ArticleDetails.byline("BY: DANA WHITFIELD")).isEqualTo("DANA WHITFIELD");
		assertThat(ArticleDetails.byline("By Dana Whitfield and By Lee")).isEqualTo("Dana Whitfield and By Lee");
	}

	@Test
	void namesThatStartLikeByStay() {
		assertThat(ArticleDetails.byline("Byron Smith")).isEqualTo("Byron Smith");
		assertThat(ArticleDetails.byline("By")).isEqualTo("By");
		assertThat(ArticleDetails.byline("Dana Whitfield")).isEqualTo("Dana Whitfield");
	}

	@Test
	void nothingButByIsNoByline() {
		assertThat(ArticleDetails.byline("By: ")).isNull();
		assertThat(ArticleDetails.byline("  ")).isNull();
		assertThat(ArticleDetails.byline(null)).isNull();
	}

	@Test
	void detailsAndNewArticlesKeepTheNameOnly() {
		LocalDate day = LocalDate.of(2024, 5, 6);
		assertThat(new ArticleDetails("T", "O", "By Dana Whitfield", day, "https://example.org/a").byline())
			.isEqualTo("Dana Whitfield");
		assertThat(new NewArticle("T", "O", "by Dana Whitfield", day, "https://example.org/a", "B").byline())
			.isEqualTo("Dana Whitfield");
	}

}
