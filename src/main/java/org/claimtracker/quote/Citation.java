package org.claimtracker.quote;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A quote's citation in the newsroom's usual form: speaker, quoted in byline, “title,” outlet, date, URL. */
public final class Citation {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private Citation() {
	}

	public static String of(String speaker, @Nullable String byline, String title, String outlet, LocalDate published,
			String url) {
		String by = (byline != null && !byline.isBlank()) ? byline + ", " : "";
		return speaker + ", quoted in " + by + "“" + title + ",” " + outlet + ", " + DATE.format(published) + ", " + url;
	}

}
