package org.claimtracker.editor;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.claimtracker.article.ArticleDetails;
import org.claimtracker.article.ArticleView;
import org.claimtracker.common.Names;
import org.claimtracker.common.YearOneOrLater;
import org.jspecify.annotations.Nullable;

/**
 * Revises an article's title, outlet, byline, date and address, with the same rules as
 * when it was added; {@code version} is the version the editor started from,
 * {@code shown} the fingerprint of the details it showed.
 */
record ArticleDetailsForm(@NotBlank @Size(max = 500) @Nullable String title,
		@NotBlank @Size(max = 200) @Nullable String outlet, @Size(max = 200) @Nullable String byline,
		@NotNull @PastOrPresent @YearOneOrLater @Nullable LocalDate publishedOn,
		@NotBlank @Size(max = 2000) @Pattern(regexp = ArticleDetails.URL,
				message = "{article.url.invalid}") @Nullable String url,
		@Nullable Integer version, @Nullable String shown) {

	/**
	 * Names and titles as they are stored (see {@link Names}): one of invisible or odd
	 * spaces only is blank.
	 */
	ArticleDetailsForm {
		title = Names.tidyIfAny(title);
		outlet = Names.tidyIfAny(outlet);
		byline = Names.tidyIfAny(byline);
	}

	static ArticleDetailsForm from(ArticleView article) {
		return new ArticleDetailsForm(article.title(), article.outlet(), article.byline(), article.publishedOn(),
				article.url(), article.version(), ArticleDetails.of(article).fingerprint());
	}

	/**
	 * Whether the article's details are still the ones the form showed, whatever else
	 * changed.
	 */
	boolean sameDetails(ArticleView article) {
		return ArticleDetails.of(article).fingerprint().equals(this.shown);
	}

	ArticleDetails toDetails() {
		return new ArticleDetails(this.title, this.outlet, this.byline, this.publishedOn, this.url);
	}

}
