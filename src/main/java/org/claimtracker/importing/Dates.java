package org.claimtracker.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of import files: a date ({@code 2016-10-01}) or a date and time, with or
 * without its offset ({@code 2016-10-01T14:00:00-04:00}), read as the date written, in
 * the writer's own time: an article published late in the evening in California is of
 * that day, whatever the day in London.
 */
final class Dates {

	/** The dates accepted; the JSON Schema of article lines gives the same pattern. */
	static final Pattern PATTERN = Pattern
		.compile("^(\\d{4}-\\d{2}-\\d{2})(T(\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)(Z|[+-]\\d{2}:\\d{2})?)?$");

	private Dates() {
	}

	/**
	 * The date of a value; {@code what} names it in the reason a bad one gives ("the
	 * published date").
	 */
	static LocalDate parse(String value, String what) throws BadRecordException {
		Matcher matcher = PATTERN.matcher(value.strip());
		if (matcher.matches()) {
			try {
				if (matcher.group(3) != null) {
					LocalTime.parse(matcher.group(3));
				}
				return LocalDate.parse(matcher.group(1));
			}
			catch (DateTimeException ex) {
				// a date of the right shape that no calendar has, such as 2016-02-30
			}
		}
		throw new BadRecordException(what + " \"" + Text.shortened(value)
				+ "\" does not parse: write it as 2016-10-01 or 2016-10-01T14:00:00-04:00");
	}

}
