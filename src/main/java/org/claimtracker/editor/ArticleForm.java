package org.claimtracker.editor;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.claimtracker.article.ArticleDetails;
import org.claimtracker.article.ArticleText;
import org.claimtracker.article.NewArticle;
import org.claimtracker.common.Names;
import org.claimtracker.common.YearOneOrLater;
import org.jspecify.annotations.Nullable;

/** The add-an-article form: metadata and the body, pasted as plain text or HTML. */
record ArticleForm(@NotBlank @Size(max = 500) @Nullable String title,
		@NotBlank @Size(max = 200) @Nullable String outlet, @Size(max = 200) @Nullable String byline,
		@NotNull @PastOrPresent @YearOneOrLater @Nullable LocalDate publishedOn,
		@NotBlank @Size(max = 2000) @Pattern(regexp = ArticleDetails.URL,
				message = "{article.url.invalid}") @Nullable String url,
		@NotBlank @Size(max = 1_000_000) @Nullable String body,
		@Pattern(regexp = "PLAIN|HTML", message = "{article.format.invalid}") @Nullable String format) {

	/**
	 * Names and titles as they are stored (see {@link Names}): one of invisible or odd
	 * spaces only is blank.
	 */
	ArticleForm {
		title = Names.tidyIfAny(title);
		outlet = Names.tidyIfAny(outlet);
		byline = Names.tidyIfAny(byline);
	}

	static ArticleForm empty() {
		return new ArticleForm(null, null, null, null, null, null, "PLAIN");
	}

	boolean isHtml() {
		return "HTML".equals(this.format);
	}

	NewArticle toArticle() {
		String text = isHtml() ? ArticleText.fromHtml(this.body) : ArticleText.fromPlainText(this.body);
		return new NewArticle(this.title, this.outlet, this.byline, this.publishedOn, this.url, text);
	}

}
