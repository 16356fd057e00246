package org.claimtracker.api;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.QuoteView;
import org.claimtracker.system.PublicUrl;
import org.claimtracker.utterance.Alteration;
import org.claimtracker.utterance.UtteranceService;
import org.claimtracker.utterance.UtteranceView;
import org.claimtracker.utterance.VersionView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An utterance as JSON: every version a reader may see, the reference first, each with
 * what it changes, as kinds with word positions and in plain words.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Read")
class UtteranceApiController {

	private final UtteranceService utterances;

	private final MessageSource messages;

	private final PublicUrl publicUrl;

	UtteranceApiController(UtteranceService utterances, MessageSource messages, PublicUrl publicUrl) {
		this.utterances = utterances;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	/** The utterance, its speaker and its versions. */
	record UtteranceJson(long id, Json.PersonRef speaker, int outlets, long alteredVersions, String page,
			List<VersionJson> versions) {

	}

	/**
	 * One version: its quote, article and outlet, whether it is the reference or alters
	 * it, and each difference.
	 */
	record VersionJson(long quoteId, QuoteKind kind, String text, boolean reference, boolean altered,
			Json.ArticleRef article, String articleLink, List<AlterationJson> alterations) {

	}

	/**
	 * A difference from the reference: reference words {@code from}–{@code to} (word
	 * positions, end exclusive) removed, words added, and what it does in plain words.
	 */
	record AlterationJson(String kind, int from, int to, @Nullable String removed, @Nullable String added,
			boolean altering, String description) {

	}

	@GetMapping("/utterances/{id}")
	@Operation(operationId = "getUtterance",
			summary = "An utterance: every version of one act of speech a reader may see, the reference first, "
					+ "each with what it drops, adds, replaces, elides or cuts off")
	UtteranceJson utterance(@PathVariable @Parameter(description = "The utterance's id", example = "1") long id,
			HttpServletRequest request) {
		UtteranceView view = this.utterances.utterance(id);
		String site = this.publicUrl.of(request);
		List<VersionJson> versions = view.versions().stream().map((v) -> version(v, site)).toList();
		return new UtteranceJson(view.id(), new Json.PersonRef(view.speakerId(), view.speaker(), view.party()),
				(int) view.outlets(), view.alteredVersions(), site + "/utterances/" + view.id(), versions);
	}

	private VersionJson version(VersionView v, String site) {
		QuoteView q = v.quote();
		return new VersionJson(q.id(), q.kind(), q.exact(), v.reference(), v.altered(), Json.ArticleRef.of(q),
				site + "/articles/" + q.articleId() + "#quote-" + q.id(),
				v.alterations().stream().map(this::alteration).toList());
	}

	private AlterationJson alteration(Alteration a) {
		String description = this.messages.getMessage(a.messageKey(),
				new Object[] { a.removed(), a.added(), a.wordsLeftOut() }, Locale.ENGLISH);
		return new AlterationJson(a.kind().name().toLowerCase(Locale.ROOT), a.from(), a.to(),
				a.removed().isEmpty() ? null : a.removed(), a.added().isEmpty() ? null : a.added(), a.altering(),
				description);
	}

}
