package org.claimtracker.history;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.jspecify.annotations.Nullable;

/**
 * How a long text changed, word by word: both sides with the words taken out or put in
 * marked, and the stretches that stayed the same cut short, so that one corrected word in
 * an article stands out.
 */
public record TextChange(List<Part> before, List<Part> after) {

	/** Texts up to this many characters are shown whole. */
	static final int SHORT = 120;

	/** How much unchanged text is kept on each side of a change. */
	static final int AROUND = 60;

	private static final Pattern TOKENS = Pattern.compile("\\s+|[^\\s]+");

	/**
	 * A piece of one side: changed words, or unchanged text (cut short with "…" where
	 * long).
	 */
	public record Part(String text, boolean changed) {

	}

	/** The change between two texts, or null when both are short enough to read whole. */
	static @Nullable TextChange of(@Nullable String before, @Nullable String after) {
		if (before == null || after == null || (before.length() <= SHORT && after.length() <= SHORT)) {
			return null;
		}
		List<String> old = tokens(before);
		List<String> now = tokens(after);
		List<Part> was = new ArrayList<>();
		List<Part> is = new ArrayList<>();
		int from = 0;
		boolean first = true;
		for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
			int at = delta.getSource().getPosition();
			String same = shortened(String.join("", old.subList(from, at)), first, false);
			add(was, same, false);
			add(is, same, false);
			add(was, String.join("", delta.getSource().getLines()), true);
			add(is, String.join("", delta.getTarget().getLines()), true);
			from = at + delta.getSource().size();
			first = false;
		}
		String rest = shortened(String.join("", old.subList(from, old.size())), first, true);
		add(was, rest, false);
		add(is, rest, false);
		return new TextChange(List.copyOf(was), List.copyOf(is));
	}

	/**
	 * Adds a part unless it is empty: words only put in leave nothing to mark as taken
	 * out.
	 */
	private static void add(List<Part> parts, String text, boolean changed) {
		if (!text.isEmpty()) {
			parts.add(new Part(text, changed));
		}
	}

	/**
	 * Unchanged text, kept next to the changes around it and cut short between them,
	 * between words.
	 */
	private static String shortened(String same, boolean first, boolean last) {
		int keepStart = first ? 0 : AROUND;
		int keepEnd = last ? 0 : AROUND;
		if (same.length() <= keepStart + keepEnd + 1) {
			return same;
		}
		int head = first ? 0 : wordEnd(same, keepStart);
		int tail = last ? same.length() : wordStart(same, same.length() - keepEnd);
		return (head >= tail) ? same : same.substring(0, head) + "…" + same.substring(tail);
	}

	/**
	 * The end of the word {@code at} falls in (a few characters on at most), never inside
	 * a character.
	 */
	private static int wordEnd(String text, int at) {
		int end = at;
		while (end < text.length() && end < at + 20 && !Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		return whole(text, end);
	}

	/**
	 * The start of the word {@code at} falls in (a few characters back at most), never
	 * inside a character.
	 */
	private static int wordStart(String text, int at) {
		int start = at;
		while (start > 0 && start > at - 20 && !Character.isWhitespace(text.charAt(start - 1))) {
			start--;
		}
		return whole(text, start);
	}

	/**
	 * {@code at}, or one on when it falls between the two halves of a character such as
	 * an emoji.
	 */
	private static int whole(String text, int at) {
		return (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) ? at + 1 : at;
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKENS.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

}
