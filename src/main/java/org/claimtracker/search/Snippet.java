package org.claimtracker.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns PostgreSQL's {@code ts_headline} output into parts, marked or not. The markers
 * are private-use characters stripped from the text beforehand, so text can never mark
 * itself; the parts are plain text that templates escape.
 */
public final class Snippet {

	static final String START = "\uE000";

	static final String STOP = "\uE001";

	/** A run of snippet text; {@code marked} when it matched the query. */
	public record Part(String text, boolean marked) {

	}

	private Snippet() {
	}

	/**
	 * The parts of a headline, with "… " before and " …" after when it leaves out the
	 * start or end of the text.
	 */
	public static List<Part> of(String headline, String text) {
		List<Part> parts = parse(headline);
		StringBuilder plain = new StringBuilder();
		parts.forEach((part) -> plain.append(part.text()));
		String shown = plain.toString().strip();
		String whole = text.replace(START, "").replace(STOP, "").strip();
		if (shown.isEmpty() || shown.equals(whole)) {
			return parts;
		}
		List<Part> marked = new ArrayList<>(parts);
		if (!whole.startsWith(shown.substring(0, Math.min(20, shown.length())))) {
			marked.add(0, new Part("… ", false));
		}
		if (!whole.endsWith(shown.substring(Math.max(0, shown.length() - 20)))) {
			marked.add(new Part(" …", false));
		}
		return marked;
	}

	public static List<Part> parse(String headline) {
		List<Part> parts = new ArrayList<>();
		int at = 0;
		while (at < headline.length()) {
			int start = headline.indexOf(START, at);
			if (start < 0) {
				parts.add(new Part(headline.substring(at), false));
				break;
			}
			if (start > at) {
				parts.add(new Part(headline.substring(at, start), false));
			}
			int stop = headline.indexOf(STOP, start);
			int end = (stop < 0) ? headline.length() : stop;
			parts.add(new Part(headline.substring(start + 1, end), true));
			at = (stop < 0) ? end : stop + 1;
		}
		return parts;
	}

}
