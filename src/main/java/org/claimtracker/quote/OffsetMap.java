package org.claimtracker.quote;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Maps positions in an old body to the corrected body, from a diff of the two. The common
 * beginning and end are cut off first, so a local correction of a long body costs little
 * more than reading it; what lies between is diffed word by word, unless it is too long,
 * when it counts as one change.
 */
final class OffsetMap {

	/** Above this many words in the changed middle, a word diff could take too long. */
	static final int MAX_DIFF_TOKENS = 20_000;

	private final List<Change> changes;

	private OffsetMap(List<Change> changes) {
		this.changes = changes;
	}

	/**
	 * A replaced range: {@code old[oldStart, oldEnd)} became
	 * {@code new[newStart, newEnd)}.
	 */
	record Change(int oldStart, int oldEnd, int newStart, int newEnd) {

	}

	static OffsetMap between(String oldBody, String newBody) {
		int head = 0;
		int shorter = Math.min(oldBody.length(), newBody.length());
		while (head < shorter && oldBody.charAt(head) == newBody.charAt(head)) {
			head++;
		}
		int tail = 0;
		while (tail < shorter - head
				&& oldBody.charAt(oldBody.length() - 1 - tail) == newBody.charAt(newBody.length() - 1 - tail)) {
			tail++;
		}
		int oldEnd = oldBody.length() - tail;
		int newEnd = newBody.length() - tail;
		if (head == oldEnd && head == newEnd) {
			return new OffsetMap(List.of());
		}
		List<Token> oldTokens = Token.split(oldBody, head, oldEnd);
		List<Token> newTokens = Token.split(newBody, head, newEnd);
		if (oldTokens.isEmpty() || newTokens.isEmpty() || oldTokens.size() + newTokens.size() > MAX_DIFF_TOKENS) {
			return new OffsetMap(List.of(new Change(head, oldEnd, head, newEnd)));
		}
		List<Change> changes = new ArrayList<>();
		for (AbstractDelta<String> delta : DiffUtils.diff(Token.texts(oldTokens), Token.texts(newTokens)).getDeltas()) {
			int from = delta.getSource().getPosition();
			int to = delta.getTarget().getPosition();
			changes
				.add(new Change(offset(oldTokens, from, head), offset(oldTokens, from + delta.getSource().size(), head),
						offset(newTokens, to, head), offset(newTokens, to + delta.getTarget().size(), head)));
		}
		changes.sort((a, b) -> Integer.compare(a.oldStart(), b.oldStart()));
		return new OffsetMap(changes);
	}

	/**
	 * Where a span's first character went: text inserted right before it stays outside.
	 */
	int start(int oldOffset) {
		return map(oldOffset, true);
	}

	/** Where a span's end went: text inserted right after it stays outside. */
	int end(int oldOffset) {
		return map(oldOffset, false);
	}

	List<Change> changes() {
		return this.changes;
	}

	private int map(int x, boolean start) {
		int shift = 0;
		for (Change c : this.changes) {
			if (x < c.oldStart()) {
				break;
			}
			boolean insertion = c.oldStart() == c.oldEnd();
			if (x == c.oldStart() && insertion) {
				return start ? c.newEnd() : c.newStart();
			}
			if (x == c.oldStart()) {
				return c.newStart();
			}
			if (x < c.oldEnd()) {
				// inside a replaced range: keep the same proportion of the way through it
				long through = (long) (x - c.oldStart()) * (c.newEnd() - c.newStart()) / (c.oldEnd() - c.oldStart());
				return c.newStart() + (int) through;
			}
			shift = c.newEnd() - c.oldEnd();
		}
		return x + shift;
	}

	private static int offset(List<Token> tokens, int index, int fallback) {
		if (index < tokens.size()) {
			return tokens.get(index).start();
		}
		return tokens.isEmpty() ? fallback : tokens.get(tokens.size() - 1).end();
	}

	/**
	 * A word, a run of white space, or one other character, with where it lies in its
	 * body.
	 */
	record Token(int start, int end, String text) {

		static List<Token> split(String body, int from, int to) {
			List<Token> tokens = new ArrayList<>();
			int at = from;
			while (at < to) {
				int end = at + 1;
				char c = body.charAt(at);
				if (Character.isLetterOrDigit(c)) {
					while (end < to && Character.isLetterOrDigit(body.charAt(end))) {
						end++;
					}
				}
				else if (Character.isWhitespace(c)) {
					while (end < to && Character.isWhitespace(body.charAt(end))) {
						end++;
					}
				}
				tokens.add(new Token(at, end, body.substring(at, end)));
				at = end;
			}
			return tokens;
		}

		static List<String> texts(List<Token> tokens) {
			return tokens.stream().map(Token::text).toList();
		}

	}

}
