package org.claimtracker.extraction;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Tells the names of organisations, outlets and documents ("Immigration and Customs
 * Enforcement", "the DNC", "the Beige Book", "the secretary of state's office") from the
 * names of people, so that they are never given a person's name nor taken for "he".
 */
final class Organisations {

	/** Capitalised words that make a name an institution's. */
	private static final Set<String> INSTITUTION_WORDS = set("department", "committee", "commission", "enforcement",
			"office", "agency", "party", "association", "foundation", "institute", "center", "centre", "university",
			"college", "council", "bureau", "court", "times", "post", "news", "network", "journal", "magazine", "press",
			"book", "service", "administration", "corporation", "corp.", "inc.", "company", "group", "pac", "fund",
			"project", "coalition", "union", "board", "review", "register", "report", "poll", "survey", "police",
			"patrol", "security", "guard", "army", "navy", "ministry", "embassy", "organization", "organisation",
			"alliance", "caucus", "campaign", "church", "club", "league", "federation", "trust", "bank", "reserve",
			"authority", "tribune", "herald", "gazette", "examiner", "chronicle", "telegraph", "daily", "weekly",
			"radio", "tv", "television", "channel", "media", "research", "institution", "senate", "house", "congress",
			"assembly", "legislature", "government", "parliament", "clinic", "hospital", "school", "academy",
			"initiative", "action", "partners", "industries", "services", "capital", "pentagon", "kremlin", "fbi",
			"republicans", "democrats", "state", "states", "nations", "county", "city", "sun", "street", "monitor",
			"watch", "forum", "review", "insider", "today", "politico", "cnn", "twitter", "facebook", "google");

	/** Lowercase heads of a phrase that names an office or a document. */
	private static final Set<String> DOCUMENT_WORDS = set("office", "department", "committee", "campaign", "statement",
			"report", "study", "survey", "poll", "email", "e-mail", "letter", "memo", "ad", "advert", "book",
			"editorial", "filing", "document", "documents", "lawsuit", "complaint", "release", "website", "site",
			"post", "tweet", "video", "article", "paper", "column", "analysis", "agency", "group", "company", "firm",
			"organization", "newspaper", "network", "channel", "magazine", "outlet", "site", "group", "union", "court",
			"panel", "board", "council", "government", "ministry", "embassy", "foundation", "institute", "center",
			"party", "caucus", "coalition", "association", "pac", "super", "transcript", "indictment", "ruling",
			"order", "motion", "brief", "note", "message", "page", "account", "text", "policy", "platform",
			"guidelines", "rules", "law", "bill", "measure", "proposal", "plan", "sign", "banner", "shirt", "hat");

	/** Places, which are often the first word of a sentence but never speak. */
	private static final Set<String> PLACE_WORDS = set("america", "washington", "iowa", "ohio", "florida", "texas",
			"california", "york", "hampshire", "carolina", "nevada", "pennsylvania", "michigan", "wisconsin", "arizona",
			"colorado", "utah", "indiana", "illinois", "minnesota", "missouri", "kentucky", "tennessee", "alabama",
			"mississippi", "louisiana", "arkansas", "oklahoma", "kansas", "nebraska", "dakota", "montana", "wyoming",
			"idaho", "oregon", "alaska", "hawaii", "maine", "vermont", "massachusetts", "connecticut", "maryland",
			"delaware", "jersey", "israel", "russia", "china", "mexico", "syria", "iran", "iraq", "europe", "britain",
			"france", "germany", "japan", "canada", "cuba", "ukraine", "afghanistan", "philadelphia", "chicago",
			"cleveland", "manhattan", "brooklyn", "boston", "atlanta", "miami", "denver", "phoenix", "new", "north",
			"south", "east", "west", "white", "black", "latin", "central", "united", "states", "kingdom", "city",
			"county", "d.c.", "u.s.", "america’s", "america's");

	private Organisations() {
	}

	/**
	 * Whether every word of a name is a place's: "Ohio", "New Hampshire", "White
	 * America".
	 */
	static boolean place(List<Token> name) {
		boolean named = false;
		for (Token word : name) {
			String lower = word.lower();
			if (!PLACE_WORDS.contains(lower)) {
				return false;
			}
			named |= !lower.equals("new") && !lower.equals("north") && !lower.equals("south") && !lower.equals("east")
					&& !lower.equals("west") && !lower.equals("white") && !lower.equals("black");
		}
		return named;
	}

	/** Whether the words of a name ("Customs Enforcement", "DNC") name an institution. */
	static boolean institution(List<Token> name) {
		for (Token word : name) {
			if (INSTITUTION_WORDS.contains(word.lower())
					|| (acronym(word.text()) && !Words.NAME_PARTICLES.contains(word.lower()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a phrase opened by "the" names an institution, an outlet or a document: all
	 * its words capitalised ("the Beige Book"), or ending in an office or a document
	 * ("the secretary of state's office", "the email").
	 */
	static boolean named(List<Token> words) {
		if (words.size() < 2) {
			return false;
		}
		String first = words.get(0).lower();
		if (first.equals("a") || first.equals("an") || words.get(0).possessive()) {
			return document(words);
		}
		if (!first.equals("the")) {
			return false;
		}
		Token last = words.get(words.size() - 1);
		if (DOCUMENT_WORDS.contains(last.lower())) {
			return true;
		}
		for (int w = 1; w < words.size(); w++) {
			Token word = words.get(w);
			boolean joiner = w > 1 && w < words.size() - 1
					&& (word.lower().equals("of") || word.lower().equals("and") || word.lower().equals("for"));
			if (!joiner && !word.capitalized()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a phrase's head, its last word before any preposition, is an office or a
	 * document: "a new report by the auditor", "Perez's office".
	 */
	private static boolean document(List<Token> words) {
		for (int w = 1; w < words.size(); w++) {
			String word = words.get(w).lower();
			if (Words.PREPOSITIONS.contains(word)) {
				return w > 1 && DOCUMENT_WORDS.contains(words.get(w - 1).lower());
			}
		}
		return DOCUMENT_WORDS.contains(words.get(words.size() - 1).lower());
	}

	/**
	 * Upper-case letters only, two to five: "DNC", "ICE", "AP"; longer words in capitals
	 * are datelines or shouting ("DENVER").
	 */
	static boolean acronym(String word) {
		int letters = 0;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (Character.isLowerCase(c)) {
				return false;
			}
			letters += Character.isLetter(c) ? 1 : 0;
		}
		return letters >= 2 && letters <= 5;
	}

	private static Set<String> set(String... words) {
		return Set.copyOf(Arrays.asList(words));
	}

}
