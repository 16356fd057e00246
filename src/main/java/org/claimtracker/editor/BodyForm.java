package org.claimtracker.editor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.claimtracker.article.ArticleText;
import org.claimtracker.article.ArticleView;
import org.jspecify.annotations.Nullable;

/**
 * The correction form: the article's body as plain text, and the version and body
 * revision the editor started from.
 */
record BodyForm(@NotBlank @Size(max = 1_000_000) @Nullable String body, @Nullable Integer version,
		@Nullable Integer revision) {

	static BodyForm from(ArticleView article) {
		return new BodyForm(article.body(), article.version(), article.bodyRevision());
	}

	/**
	 * Whether the article's text is still the one the editor started from, whatever else
	 * changed.
	 */
	boolean sameText(ArticleView article) {
		return this.revision != null && this.revision == article.bodyRevision();
	}

	/**
	 * The body as stored: one paragraph per line, separated by a blank line, in Unicode
	 * NFC.
	 */
	String text() {
		return ArticleText.fromPlainText(this.body);
	}

}
