package org.claimtracker.article;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns what an editor pastes into an article body: plain text or HTML becomes paragraphs
 * separated by one blank line, in Unicode NFC, so that offsets mean the same thing
 * everywhere.
 */
public final class ArticleText {

	/** Elements that start and end a paragraph of their own. */
	private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "br", "caption", "dd",
			"details", "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
			"header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr",
			"ul");

	/**
	 * What becomes one space outside preformatted text: what browsers collapse, and the
	 * non-breaking spaces that pages use for layout (a paragraph of only {@code &nbsp;}
	 * is a spacer, not text).
	 */
	private static final Pattern WHITE_SPACE = Pattern.compile("[ \t\n\f\r\u00a0]+");

	/** Elements whose text no reader sees. */
	private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template", "head", "iframe",
			"object", "svg", "math", "select", "textarea", "button");

	private ArticleText() {
	}

	public static String fromPlainText(String text) {
		return join(lines(text));
	}

	/** The lines of the text that hold something, stripped. */
	private static List<String> lines(String text) {
		return withLineFeeds(text).lines().filter((line) -> !line.isBlank()).map(String::strip).toList();
	}

	/**
	 * The text with every CRLF and lone CR read as LF, as bodies are stored: browsers
	 * send the line breaks of form fields as CRLF.
	 */
	public static String withLineFeeds(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}

	/**
	 * Keeps all the text a reader of the HTML sees, a paragraph for each block (and each
	 * line break); scripts, styles and markup are dropped, and white space is collapsed
	 * as browsers do, except in preformatted text, where each line is a paragraph.
	 */
	public static String fromHtml(String html) {
		Paragraphs paragraphs = new Paragraphs();
		NodeTraversor.filter(paragraphs, Jsoup.parse(html).body());
		return join(paragraphs.done());
	}

	private static String join(List<String> paragraphs) {
		return Normalizer.normalize(String.join("\n\n", paragraphs), Normalizer.Form.NFC);
	}

	/** Collects the text of an HTML body into paragraphs, as a reader would see it. */
	private static final class Paragraphs implements NodeFilter {

		private final List<String> paragraphs = new ArrayList<>();

		private final StringBuilder current = new StringBuilder();

		@Override
		public FilterResult head(Node node, int depth) {
			if (node instanceof Element element) {
				if (HIDDEN.contains(element.normalName())) {
					return FilterResult.SKIP_ENTIRELY;
				}
				if (element.normalName().equals("pre")) {
					end();
					this.paragraphs.addAll(lines(element.wholeText()));
					return FilterResult.SKIP_ENTIRELY;
				}
				if (BLOCKS.contains(element.normalName())) {
					end();
				}
			}
			else if (node instanceof TextNode text) {
				this.current.append(text.getWholeText());
			}
			return FilterResult.CONTINUE;
		}

		@Override
		public FilterResult tail(Node node, int depth) {
			if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
				end();
			}
			return FilterResult.CONTINUE;
		}

		private void end() {
			String text = WHITE_SPACE.matcher(this.current).replaceAll(" ").strip();
			if (!text.isEmpty()) {
				this.paragraphs.add(text);
			}
			this.current.setLength(0);
		}

		List<String> done() {
			end();
			return this.paragraphs;
		}

	}

}
