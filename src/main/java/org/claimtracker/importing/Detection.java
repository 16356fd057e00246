package org.claimtracker.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells the format of an import file from the ending of its name, and checks its first
 * bytes against it, so that a file saved under the wrong name is refused at once with a
 * message that says what it is.
 */
final class Detection {

	private static final String KNOWN = "expected a file of articles (.jsonl, .html, .zip) or of claims (.csv, .json)";

	private Detection() {
	}

	static ImportFormat detect(Path file, String name) throws IOException {
		ImportFormat format = byName(name);
		byte[] start;
		try (InputStream in = Files.newInputStream(file)) {
			start = in.readNBytes(Limits.SNIFF);
		}
		if (format == ImportFormat.ZIP) {
			if (!zip(start)) {
				throw new WrongFileException(
						"expected " + format.description() + ", but \"" + name + "\" is not a ZIP archive");
			}
			return format;
		}
		if (zip(start)) {
			throw new WrongFileException("expected " + format.description() + ", but \"" + name
					+ "\" is a ZIP archive or a workbook (such as Excel's .xlsx)"
					+ ((format == ImportFormat.CSV) ? ": save it as CSV UTF-8" : ""));
		}
		for (byte b : start) {
			if (b == 0) {
				throw new WrongFileException("expected " + format.description() + ", but \"" + name
						+ "\" is a binary file, not text (text saved as UTF-16 looks binary too: save it as UTF-8)");
			}
		}
		char first = firstCharacter(start);
		if (first == 0) {
			throw new WrongFileException("expected " + format.description() + ", but \"" + name + "\" is empty");
		}
		switch (format) {
			case JSON_LINES -> checkJsonLines(first, firstLine(start), name);
			case CLAIM_REVIEW -> checkJson(first, name);
			case HTML -> checkHtml(first, name);
			default -> {
			}
		}
		return format;
	}

	private static ImportFormat byName(String name) {
		String lower = name.toLowerCase(Locale.ROOT).strip();
		String extension = lower.substring(lower.lastIndexOf('.') + 1);
		return switch (extension) {
			case "jsonl", "ndjson" -> ImportFormat.JSON_LINES;
			case "html", "htm" -> ImportFormat.HTML;
			case "zip" -> ImportFormat.ZIP;
			case "csv" -> ImportFormat.CSV;
			case "json", "jsonld" -> ImportFormat.CLAIM_REVIEW;
			default -> throw new WrongFileException(KNOWN + ", but \"" + name + "\" is none of these");
		};
	}

	private static void checkJsonLines(char first, String line, String name) {
		if (first == '{' && !line.equals("{")) {
			return;
		}
		String is = switch (first) {
			case '{' -> "this file spreads one object over many lines";
			case '<' -> "this file is HTML";
			case '[' -> "this file is one JSON list: put each article on a line of its own";
			default -> "\"" + name + "\" does not start with {";
		};
		throw new WrongFileException("expected JSON Lines: one JSON object per line, but " + is);
	}

	private static void checkJson(char first, String name) {
		if (first == '{' || first == '[') {
			return;
		}
		String is = (first == '<') ? "this file is HTML" : "\"" + name + "\" does not start with { or [";
		throw new WrongFileException("expected schema.org ClaimReview JSON, but " + is);
	}

	private static void checkHtml(char first, String name) {
		if (first != '<') {
			throw new WrongFileException(
					"expected a saved web page (HTML), but \"" + name + "\" does not start with an HTML tag");
		}
	}

	private static boolean zip(byte[] start) {
		return start.length >= 4 && start[0] == 'P' && start[1] == 'K'
				&& ((start[2] == 3 && start[3] == 4) || (start[2] == 5 && start[3] == 6));
	}

	/** The first line that is not blank, stripped. */
	private static String firstLine(byte[] start) {
		return new String(start, StandardCharsets.UTF_8).replace("\uFEFF", "")
			.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.findFirst()
			.orElse("");
	}

	/** The first character that is not white space or a byte order mark, or 0 if none. */
	private static char firstCharacter(byte[] start) {
		String text = new String(start, StandardCharsets.UTF_8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && c != '\uFEFF') {
				return c;
			}
		}
		return 0;
	}

}
