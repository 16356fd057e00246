package org.claimtracker.api;

import java.time.LocalDate;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.claimtracker.article.ArticleDetails;
import org.claimtracker.article.ArticleText;
import org.claimtracker.claim.ClaimDraft;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.Stance;
import org.claimtracker.common.Names;
import org.claimtracker.common.YearOneOrLater;
import org.claimtracker.person.PersonDetails;
import org.claimtracker.quote.QuoteKind;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What tools send to the write API; each is validated before anything is saved, names and
 * titles as they are stored (see {@link Names}), so that one of invisible or odd spaces
 * only is blank.
 */
final class WriteRequests {

	private WriteRequests() {
	}

	record NewArticle(@NotBlank @Size(max = 500) String title,
			@NotBlank @Size(max = 200) @JsonDeserialize(using = OutletNameDeserializer.class) @Schema(
					description = "The outlet's name (added when no outlet has it, in any case), or the outlet as reads give it, "
							+ "whose name counts",
					oneOf = {
							String.class, Json.Outlet.class }) String outlet,
			@Size(max = 200) @Nullable String byline, @NotNull @PastOrPresent @YearOneOrLater LocalDate published,
			@NotBlank @Size(max = 2000) @Pattern(regexp = ArticleDetails.URL,
					message = "{article.url.invalid}") String url,
			@NotBlank @Size(max = 1_000_000) String body,
			@Nullable @Pattern(regexp = "PLAIN|HTML", message = "{article.format.invalid.api}") String format){

		NewArticle {
			title = Names.tidyIfAny(title);
			outlet = Names.tidyIfAny(outlet);
			byline = Names.tidyIfAny(byline);
		}

	}

	record ArticleDetailsBody(@NotBlank @Size(max = 500) String title,
			@NotBlank @Size(max = 200) @JsonDeserialize(using = OutletNameDeserializer.class) @Schema(
					description = "The outlet's name (added when no outlet has it, in any case), or the outlet as reads give it, "
							+ "whose name counts",
					oneOf = {
							String.class, Json.Outlet.class }) String outlet,
			@Size(max = 200) @Nullable String byline, @NotNull @PastOrPresent @YearOneOrLater LocalDate published,
			@NotBlank @Size(max = 2000) @Pattern(regexp = ArticleDetails.URL,
					message = "{article.url.invalid}") String url){

		ArticleDetailsBody {
			title = Names.tidyIfAny(title);
			outlet = Names.tidyIfAny(outlet);
			byline = Names.tidyIfAny(byline);
		}

		ArticleDetails toDetails() {
			return new ArticleDetails(this.title, this.outlet, this.byline, this.published, this.url);
		}

	}

	record PersonBody(@NotBlank @Size(max = 200) String name, @Size(max = 100) @Nullable String party,
			@Size(max = 1000) @Nullable String description) {

		PersonBody {
			name = Names.tidyIfAny(name);
			party = Names.tidyIfAny(party);
		}

		PersonDetails toDetails() {
			return new PersonDetails(this.name, this.party, this.description);
		}

	}

	record ArticleBody(@NotBlank @Size(max = 1_000_000) String body,
			@Nullable @Pattern(regexp = "PLAIN|HTML", message = "{article.format.invalid.api}") String format) {

		String text() {
			return "HTML".equals(this.format) ? ArticleText.fromHtml(this.body) : ArticleText.fromPlainText(this.body);
		}

	}

	record Selector(@NotNull @PositiveOrZero Integer start, @NotNull @PositiveOrZero Integer end,
			@NotBlank @Size(max = 20_000) String exact) {

	}

	record NewQuote(@NotNull Long articleId, @NotNull Long speakerId, @NotNull QuoteKind kind,
			@PastOrPresent @YearOneOrLater @Nullable LocalDate saidOn, @Size(max = 1000) @Nullable String context,
			@NotNull @Valid Selector selector) {

	}

	record ClaimBody(@NotBlank @Size(max = 2000) String statement, @NotNull ClaimKind kind, @Nullable Long subjectId,
			@Nullable Set<Long> topicIds) {

		ClaimDraft toDraft() {
			return new ClaimDraft(this.statement, this.kind, this.subjectId,
					(this.topicIds != null) ? this.topicIds : Set.of());
		}

	}

	/**
	 * Links a quote to a claim. Its stance must be sent: one assumed when none is would
	 * lean every such link the same way.
	 */
	record NewEvidence(@NotNull Long quoteId, @NotNull Long claimId,
			@NotNull(message = "{editor.evidence.stance.required.api}") Stance stance,
			@NotBlank @Size(max = 5000) String rationale) {

	}

	record EvidenceBody(@NotNull(message = "{editor.evidence.stance.required.api}") Stance stance,
			@NotBlank @Size(max = 5000) String rationale) {

	}

}
