package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in one pass: curly double marks, straight double marks and two
 * apostrophes used as marks, whose direction is read from the characters around them.
 * Single marks are left to the words they sit in (apostrophes, or quotes inside quotes).
 * A paragraph that opens a quotation and does not close it continues into the next one if
 * that opens with a mark; otherwise the mark is dropped.
 */
final class QuoteMarks {

	private QuoteMarks() {
	}

	static List<Quoted> find(String body) {
		List<Quoted> found = new ArrayList<>();
		int open = -1;
		int contentStart = -1;
		int at = 0;
		while (at < body.length()) {
			char c = body.charAt(at);
			if (c == '\n' && open >= 0) {
				int next = at;
				while (next < body.length() && Words.space(body.charAt(next))) {
					next++;
				}
				int mark = openingMark(body, next);
				if (mark == 0) {
					open = -1;
				}
				at = next + mark;
				continue;
			}
			int length = markLength(body, at);
			if (length == 0) {
				at++;
				continue;
			}
			if (open >= 0 && c != '“' && c != '„' && c != '«') {
				if (at > contentStart) {
					found.add(new Quoted(open, contentStart, at, at + length));
				}
				open = -1;
			}
			else if (c == '“' || c == '„' || c == '«' || ((c == '"' || c == '\'') && opensHere(body, at, length))) {
				open = at;
				contentStart = at + length;
			}
			at += length;
		}
		return found;
	}

	/** The length of the quotation mark at {@code at}, 0 when there is none. */
	private static int markLength(String body, int at) {
		char c = body.charAt(at);
		if (c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '"') {
			return 1;
		}
		return (c == '\'' && at + 1 < body.length() && body.charAt(at + 1) == '\'') ? 2 : 0;
	}

	/** The length of a mark that opens a quotation at {@code at}, 0 when none does. */
	private static int openingMark(String body, int at) {
		if (at >= body.length()) {
			return 0;
		}
		char c = body.charAt(at);
		if (c == '“' || c == '„' || c == '«') {
			return 1;
		}
		int length = markLength(body, at);
		return (length > 0 && c != '”' && c != '»' && opensHere(body, at, length)) ? length : 0;
	}

	/**
	 * A straight mark opens when it follows a space or an opening bracket and precedes a
	 * word.
	 */
	private static boolean opensHere(String body, int at, int length) {
		boolean after = at == 0 || Words.space(body.charAt(at - 1)) || "([{—–-/:".indexOf(body.charAt(at - 1)) >= 0;
		boolean before = at + length < body.length() && !Words.space(body.charAt(at + length));
		return after && before;
	}

}
