package org.claimtracker.article;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Turns what an editor pastes into an article body: plain text or HTML becomes paragraphs separated
 * by one blank line, in Unicode NFC, so that offsets mean the same thing everywhere.
 */
public final class ArticleText {

	private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td";

	private ArticleText() {
	}

	public static String fromPlainText(String text) {
		List<String> paragraphs = new ArrayList<>();
		for (String line : withLineFeeds(text).split("\n")) {
			if (!line.isBlank()) {
				paragraphs.add(line.strip());
			}
		}
		return join(paragraphs);
	}

	/**
	 * The text with every CRLF and lone CR read as LF, as bodies are stored: browsers send the line
	 * breaks of form fields as CRLF.
	 */
	public static String withLineFeeds(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

	/** Keeps the text of block elements, one paragraph each; scripts, styles and markup are dropped. */
	public static String fromHtml(String html) {
		List<String> paragraphs = new ArrayList<>();
		for (Element block : Jsoup.parse(html).body().select(BLOCKS)) {
			if (block.select(BLOCKS).size() == 1) {
				String text = block.text();
				if (!text.isBlank()) {
					paragraphs.add(text.strip());
				}
			}
		}
		return paragraphs.isEmpty() ? fromPlainText(Jsoup.parse(html).text()) : join(paragraphs);
	}

	private static String join(List<String> paragraphs) {
		return Normalizer.normalize(String.join("\n\n", paragraphs), Normalizer.Form.NFC);
	}

}
