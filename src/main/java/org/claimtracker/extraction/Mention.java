package org.claimtracker.extraction;

import java.util.List;

/**
 * A phrase that names who speaks, at {@code [start, end)}: a name (with the titles it
 * carries), a pronoun, a description ("the mayor"), an unnamed source ("an aide") or an
 * organisation or document ("the DNC", "the statement").
 */
record Mention(int start, int end, Type type, String name, List<String> titles, Gender gender) {

	enum Type {

		NAME, PRONOUN, DESCRIPTION, SOURCE, ORGANISATION

	}

	enum Gender {

		MALE, FEMALE, UNKNOWN;

		boolean fits(Gender other) {
			return this == UNKNOWN || other == UNKNOWN || this == other;
		}

	}

}
