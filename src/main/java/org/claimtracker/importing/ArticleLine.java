package org.claimtracker.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.claimtracker.article.ArticleText;
import org.claimtracker.common.Names;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One line of a JSON Lines file of articles, as the schema
 * {@code static/schemas/article-import.schema.json} describes it: {@code url},
 * {@code title} and {@code published} are required, and a body as {@code body} (plain
 * text, a paragraph a line) or {@code html}; other fields are ignored.
 */
final class ArticleLine {

	private ArticleLine() {
	}

	static ImportedArticle read(String line) throws BadRecordException {
		JsonNode record;
		try {
			record = JsonValues.MAPPER.readTree(line);
		}
		catch (JacksonException ex) {
			throw new BadRecordException("not JSON: the line does not read as a JSON object"
					+ Text.at(ex.getLocation()).replaceFirst("line \\d+, ", ""));
		}
		if (record == null || !record.isObject()) {
			throw new BadRecordException("not a JSON object: each line must be one article in { }");
		}
		if (JsonValues.holdsNul(record)) {
			throw new BadRecordException(Text.nulProblem());
		}
		return article(record);
	}

	private static ImportedArticle article(JsonNode record) throws BadRecordException {
		String url = JsonValues.text(record, "url");
		if (url == null) {
			throw new BadRecordException("no URL: \"url\" is missing or empty");
		}
		url = WebAddresses.http(url, "the URL");
		String title = JsonValues.text(record, "title");
		if (title == null) {
			throw new BadRecordException("no title: \"title\" is missing or empty");
		}
		String published = JsonValues.text(record, "published");
		if (published == null) {
			throw new BadRecordException("no date: \"published\" is missing or empty");
		}
		LocalDate publishedOn = Dates.parse(published, "the published date");
		String outlet = JsonValues.text(record, "outlet");
		return new ImportedArticle(url, title, (outlet != null) ? outlet : WebAddresses.host(url),
				JsonValues.text(record, "byline"), publishedOn, body(record), topics(record.get("topics")));
	}

	private static String body(JsonNode record) throws BadRecordException {
		String plain = JsonValues.wholeText(record, "body");
		String html = JsonValues.wholeText(record, "html");
		if (plain != null && html != null) {
			throw new BadRecordException("both \"body\" and \"html\": give the article's text once");
		}
		if (plain == null && html == null) {
			throw new BadRecordException("no body: give the article's text as \"body\" or \"html\"");
		}
		String body = (plain != null) ? ArticleText.fromPlainText(plain) : ArticleText.fromHtml(html);
		if (body.isEmpty()) {
			throw new BadRecordException("no body: the article's text is empty");
		}
		return body;
	}

	private static List<String> topics(@Nullable JsonNode value) throws BadRecordException {
		List<String> topics = new ArrayList<>();
		if (value == null || value.isNull()) {
			return topics;
		}
		if (!value.isArray()) {
			throw new BadRecordException("\"topics\" is not a list: write [\"economy\", \"immigration\"]");
		}
		for (JsonNode topic : value) {
			if (!topic.isString()) {
				throw new BadRecordException("\"topics\" holds something other than text");
			}
			String name = Names.tidy(topic.stringValue());
			if (!name.isEmpty() && !topics.contains(name)) {
				topics.add(name);
			}
		}
		return topics;
	}

}
