package org.claimtracker.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.claimtracker.article.ArticleText;
import org.claimtracker.common.Names;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import tools.jackson.databind.JsonNode;

/**
 * A web page saved from a browser or exported from a CMS, read as an article: its
 * metadata from the page's own markup (JSON-LD first, then OpenGraph, then the
 * {@code <title>}), its body from the {@code <article>} (else {@code <main>}, else the
 * whole body) without what surrounds the story: navigation, headers, footers, asides,
 * figures and advertisements. A page that says neither its address nor its date is a bad
 * record: neither is guessed.
 */
final class SavedPage {

	/** Parts of a page that are not the story's text. */
	private static final String NOT_THE_STORY = "nav, header, footer, aside, figure, form, dialog, menu, "
			+ "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]";

	/**
	 * Class names and ids of advertisements, share buttons and teasers for other stories.
	 */
	private static final Pattern CLUTTER = Pattern.compile(
			"(^|[\\s_-])(ad|ads|advert|advertisement|sponsored|promo|share|social|related|newsletter|subscribe)($|[\\s_-])",
			Pattern.CASE_INSENSITIVE);

	private SavedPage() {
	}

	/**
	 * The article of a page's bytes, in the character set the page declares (else UTF-8).
	 */
	static ImportedArticle read(byte[] html) throws BadRecordException, IOException {
		for (byte b : html) {
			if (b == 0) {
				throw new BadRecordException(Text.nulProblem());
			}
		}
		return article(Jsoup.parse(new ByteArrayInputStream(html), null, ""));
	}

	static ImportedArticle article(Document page) throws BadRecordException {
		LinkedData data = LinkedData.of(page);
		JsonNode node = data.article();
		String url = url(page, node);
		String title = first(scalar(node, "headline"), scalar(node, "name"), meta(page, "og:title"),
				Names.tidyIfAny(page.title()));
		if (title == null) {
			throw new BadRecordException("no title: the page has no JSON-LD headline, og:title or <title>");
		}
		String published = first(scalar(node, "datePublished"), meta(page, "article:published_time"),
				attribute(page, "[itemprop=datePublished]", "content"),
				attribute(page, "[itemprop=datePublished]", "datetime"));
		if (published == null) {
			throw new BadRecordException("no date: the page has no JSON-LD datePublished or article:published_time");
		}
		String outlet = first(publisher(data, node), meta(page, "og:site_name"));
		return new ImportedArticle(url, title, (outlet != null) ? outlet : WebAddresses.host(url),
				byline(data, node, page), Dates.parse(published, "the published date"), body(page), List.of());
	}

	private static String url(Document page, @Nullable JsonNode node) throws BadRecordException {
		String url = first(attribute(page, "link[rel=canonical]", "href"), meta(page, "og:url"), scalar(node, "url"),
				id(node == null ? null : node.get("mainEntityOfPage")));
		if (url == null) {
			throw new BadRecordException("no URL: the page has no canonical link, og:url or JSON-LD url");
		}
		return WebAddresses.http(url, "the page's URL");
	}

	/**
	 * The address of a {@code mainEntityOfPage}: text, or a WebPage with an id or url.
	 */
	private static @Nullable String id(@Nullable JsonNode value) {
		if (value != null && value.isObject()) {
			return first(JsonValues.scalar(value.get("@id")), JsonValues.scalar(value.get("url")));
		}
		return JsonValues.scalar(value);
	}

	private static @Nullable String publisher(LinkedData data, @Nullable JsonNode node) {
		if (node == null) {
			return null;
		}
		List<String> names = data.names(node.get("publisher"));
		return names.isEmpty() ? null : names.get(0);
	}

	/**
	 * The authors named by the JSON-LD, else by {@code <meta name=author>}, joined with
	 * "and".
	 */
	private static @Nullable String byline(LinkedData data, @Nullable JsonNode node, Document page) {
		List<String> names = (node != null) ? data.names(node.get("author")) : List.of();
		if (!names.isEmpty()) {
			return String.join(" and ", names);
		}
		return attribute(page, "meta[name=author]", "content");
	}

	private static String body(Document page) throws BadRecordException {
		Element story = story(page);
		if (story == null) {
			throw new BadRecordException("no body: the page is empty");
		}
		Element copy = story.clone();
		copy.select(NOT_THE_STORY).remove();
		int length = copy.text().length();
		for (Element element : copy.select("[class], [id]")) {
			// a box of clutter is small: "ad-free-story" may well hold the story itself
			boolean clutter = CLUTTER.matcher(element.className()).find() || CLUTTER.matcher(element.id()).find();
			if (clutter && element.parent() != null && element.text().length() * 2 < length) {
				element.remove();
			}
		}
		String body = ArticleText.fromHtml(copy.outerHtml());
		if (body.isEmpty()) {
			throw new BadRecordException("no body: the page has no text in <article>, <main> or <body>");
		}
		return body;
	}

	/**
	 * Where the story is: the longest {@code <article>}, else the main part, else the
	 * body.
	 */
	private static @Nullable Element story(Document page) {
		Elements articles = page.select("article");
		if (!articles.isEmpty()) {
			return articles.stream().max(Comparator.comparingInt((article) -> article.text().length())).get();
		}
		Element main = page.selectFirst("main, [role=main]");
		return (main != null) ? main : page.body();
	}

	private static @Nullable String meta(Document page, String property) {
		return first(attribute(page, "meta[property=" + property + "]", "content"),
				attribute(page, "meta[name=" + property + "]", "content"));
	}

	private static @Nullable String attribute(Document page, String query, String attribute) {
		Element element = page.selectFirst(query);
		return (element != null) ? Names.tidyIfAny(emptyAsNull(element.attr(attribute))) : null;
	}

	private static @Nullable String scalar(@Nullable JsonNode node, String field) {
		return (node != null) ? JsonValues.scalar(node.get(field)) : null;
	}

	private static @Nullable String emptyAsNull(String value) {
		return value.isBlank() ? null : value;
	}

	private static @Nullable String first(@Nullable String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

}
