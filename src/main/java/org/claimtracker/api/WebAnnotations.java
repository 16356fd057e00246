package org.claimtracker.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimtracker.article.ArticleView;
import org.claimtracker.claim.AppearanceView;
import org.claimtracker.claim.EvidenceView;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.QuoteSelectors;
import org.claimtracker.quote.QuoteView;

/**
 * An article's quotes, claim appearances and evidence as a W3C Web Annotation
 * {@code AnnotationCollection} (Web Annotation Data Model and Protocol), every annotation
 * inline in its first and only page, in the terms of the Web Annotation JSON-LD context
 * alone, so that no term is lost when a JSON-LD processor reads it:
 * <ul>
 * <li>a quote is a {@code highlighting} annotation of its span, with bodies that describe
 * it (speaker, party, kind, when said), tag its kind and identify its speaker's page;
 * <li>a claim appearance is a {@code describing} annotation of its span, with the claim's
 * words and its page;
 * <li>evidence is a {@code linking} annotation of its quote's span, with the claim's page
 * as the linked body, its stance as a {@code classifying} body and its rationale as a
 * {@code commenting} one.
 * </ul>
 * Every target is the article's own address with a {@code TextQuoteSelector} and a
 * {@code TextPositionSelector}, whose {@code start} and {@code end} count Unicode code
 * points as the model requires (ClaimTracker itself counts Java chars; the two differ
 * after a character outside the Basic Multilingual Plane, such as an emoji). A span
 * flagged for review after a correction is left out: its selectors describe a text the
 * article no longer has.
 */
final class WebAnnotations {

	static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

	private WebAnnotations() {
	}

	/** The collection at {@code self}, for the site at {@code site}. */
	static Map<String, Object> collection(ReadApiService.Article page, String site, String self) {
		ArticleView article = page.article();
		List<Map<String, Object>> items = new ArrayList<>();
		for (QuoteView quote : page.quotes()) {
			if (quote.needsReview()) {
				continue;
			}
			items.add(quote(quote, article, site, self));
			for (EvidenceView link : page.evidenceByQuote().getOrDefault(quote.id(), List.of())) {
				items.add(evidence(link, quote, article, site, self));
			}
		}
		for (AppearanceView appearance : page.appearances()) {
			if (!appearance.needsReview()) {
				items.add(appearance(appearance, article, site, self));
			}
		}
		Map<String, Object> first = new LinkedHashMap<>();
		first.put("id", self + "#page1");
		first.put("type", "AnnotationPage");
		first.put("partOf", self);
		first.put("startIndex", 0);
		first.put("items", items);
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("@context", CONTEXT);
		collection.put("id", self);
		collection.put("type", "AnnotationCollection");
		collection.put("label", "Quotes, claims and evidence in “" + article.title() + "”");
		collection.put("total", items.size());
		collection.put("first", first);
		collection.put("last", self + "#page1");
		return collection;
	}

	private static Map<String, Object> quote(QuoteView quote, ArticleView article, String site, String self) {
		StringBuilder about = new StringBuilder(quote.speaker());
		if (quote.party() != null) {
			about.append(" (").append(quote.party()).append(')');
		}
		about.append(", ").append(kind(quote.kind()));
		if (quote.saidOn() != null) {
			about.append(", said on ").append(quote.saidOn());
		}
		if (quote.context() != null && !quote.context().isBlank()) {
			about.append(": ").append(quote.context().strip());
		}
		List<Map<String, Object>> body = List.of(text(about.toString(), "describing"),
				text(kind(quote.kind()), "tagging"), resource(site + "/people/" + quote.speakerId(), "identifying"));
		return annotation(self + "#quote-" + quote.id(), "highlighting", body,
				target(article, quote.start(), quote.end(), quote.exact(), quote.prefix(), quote.suffix()));
	}

	private static Map<String, Object> evidence(EvidenceView link, QuoteView quote, ArticleView article, String site,
			String self) {
		List<Map<String, Object>> body = List.of(resource(site + "/claims/" + link.claimId(), "linking"),
				text(link.claimStatement(), "describing"),
				text(link.stance().name().toLowerCase(Locale.ROOT), "classifying"),
				text(link.rationale(), "commenting"));
		return annotation(self + "#evidence-" + link.id(), "linking", body,
				target(article, quote.start(), quote.end(), quote.exact(), quote.prefix(), quote.suffix()));
	}

	private static Map<String, Object> appearance(AppearanceView appearance, ArticleView article, String site,
			String self) {
		List<Map<String, Object>> body = List.of(text(appearance.claimStatement(), "describing"),
				text("claim appearance", "tagging"), resource(site + "/claims/" + appearance.claimId(), "identifying"));
		return annotation(self + "#appearance-" + appearance.id(), "describing", body, target(article,
				appearance.start(), appearance.end(), appearance.exact(), appearance.prefix(), appearance.suffix()));
	}

	private static Map<String, Object> annotation(String id, String motivation, List<Map<String, Object>> body,
			Map<String, Object> target) {
		Map<String, Object> annotation = new LinkedHashMap<>();
		annotation.put("id", id);
		annotation.put("type", "Annotation");
		annotation.put("motivation", motivation);
		annotation.put("body", body);
		annotation.put("target", target);
		return annotation;
	}

	private static Map<String, Object> text(String value, String purpose) {
		Map<String, Object> text = new LinkedHashMap<>();
		text.put("type", "TextualBody");
		text.put("purpose", purpose);
		text.put("value", value);
		text.put("format", "text/plain");
		return text;
	}

	/** A page of the site's, for a purpose: a SpecificResource, as only one has one. */
	private static Map<String, Object> resource(String url, String purpose) {
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("type", "SpecificResource");
		resource.put("purpose", purpose);
		resource.put("source", url);
		return resource;
	}

	private static Map<String, Object> target(ArticleView article, int start, int end, String exact, String prefix,
			String suffix) {
		Map<String, Object> quote = new LinkedHashMap<>();
		quote.put("type", "TextQuoteSelector");
		quote.put("exact", exact);
		quote.put("prefix", prefix);
		quote.put("suffix", suffix);
		Map<String, Object> position = new LinkedHashMap<>();
		position.put("type", "TextPositionSelector");
		position.put("start", QuoteSelectors.codePoints(article.body(), start));
		position.put("end", QuoteSelectors.codePoints(article.body(), end));
		Map<String, Object> target = new LinkedHashMap<>();
		target.put("type", "SpecificResource");
		target.put("source", article.url());
		target.put("selector", List.of(quote, position));
		return target;
	}

	private static String kind(QuoteKind kind) {
		return switch (kind) {
			case DIRECT -> "direct quote";
			case PARTIAL -> "partial quote";
			case PARAPHRASE -> "paraphrase";
		};
	}

}
