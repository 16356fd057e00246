package org.claimtracker.extraction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The small vocabularies attribution rests on: cue verbs, titles, pronouns, source nouns,
 * common first names.
 */
final class Words {

	/** Verbs that attribute quoted words to a speaker. */
	static final Set<String> CUES = set("said", "says", "say", "told", "tells", "added", "adds", "asked", "asks",
			"continued", "continues", "explained", "explains", "argued", "argues", "wrote", "writes", "tweeted",
			"posted", "stated", "states", "declared", "insisted", "insists", "noted", "notes", "recalled", "warned",
			"warns", "replied", "responded", "remarked", "claimed", "claims", "promised", "promises", "vowed",
			"pledged", "acknowledged", "admitted", "conceded", "quipped", "joked", "announced", "predicted", "observed",
			"countered", "contended", "maintained", "stressed", "emphasized", "suggested", "testified", "shouted",
			"repeated", "concluded", "pointed", "cautioned", "boasted", "complained", "charged", "reported", "reports");

	/** Verbs that introduce reported speech with a content clause. */
	static final Set<String> REPORTING = set("said", "says", "told", "tells", "argued", "argues", "promised",
			"promises", "claimed", "claims", "insisted", "insists", "stated", "contended", "maintained", "warned",
			"warns", "vowed", "vows", "pledged", "pledges", "acknowledged", "admitted", "conceded", "announced",
			"predicted", "suggested", "noted", "explained", "added", "stressed", "testified", "agreed", "denied");

	/** Reporting verbs followed by an infinitive ("promised to support"). */
	static final Set<String> INFINITIVE = set("promised", "promises", "vowed", "vows", "pledged", "pledges", "agreed",
			"threatened", "offered");

	/** Verbs by which a subject quotes a fragment inside the writer's sentence. */
	static final Set<String> FRAGMENT_CUES = set("called", "calls", "described", "describes", "dismissed", "denounced",
			"labeled", "termed");

	static final Set<String> TITLES = set("sen", "sen.", "senator", "rep", "rep.", "representative", "gov", "gov.",
			"governor", "lt", "lt.", "lieutenant", "mayor", "president", "vice", "secretary", "attorney", "general",
			"treasurer", "commissioner", "sheriff", "judge", "justice", "councilwoman", "councilman", "councilmember",
			"chair", "chairman", "chairwoman", "speaker", "leader", "majority", "minority", "dr", "dr.", "mr", "mr.",
			"mrs", "mrs.", "ms", "ms.", "miss", "prof.", "professor", "rev.", "reverend", "gen.", "col.", "capt.",
			"sgt.", "officer", "chief", "former", "state", "board", "member", "democrat", "republican", "democratic",
			"gop", "independent", "candidate", "superintendent", "clerk", "deputy", "assistant", "director",
			"executive", "ceo", "pastor", "bishop", "ambassador", "congressman", "congresswoman", "assemblyman",
			"assemblywoman", "delegate", "comptroller", "auditor", "controller", "spokesman", "spokeswoman",
			"sen.-elect", "u.s.", "incumbent", "challenger", "nominee", "activist", "strategist", "pollster",
			"alderman", "senate", "house", "county", "city", "assembly", "supervisor", "trustee", "chancellor",
			"prosecutor");

	/**
	 * Nouns for a person's role, which end a description ("the Ohio senator", "a young
	 * boy") or stand before a name ("election law expert Rick Hasen").
	 */
	static final Set<String> ROLES = set("nominee", "candidate", "leader", "senator", "president", "governor",
			"lawmaker", "legislator", "politician", "official", "spokesman", "spokeswoman", "spokesperson", "chairman",
			"chairwoman", "businessman", "businesswoman", "mogul", "billionaire", "frontrunner", "front-runner", "host",
			"anchor", "co-anchor", "analyst", "expert", "economist", "professor", "scientist", "pollster", "strategist",
			"reporter", "correspondent", "journalist", "judge", "justice", "author", "writer", "columnist", "editor",
			"commentator", "pundit", "historian", "activist", "organizer", "supporter", "voter", "veteran", "student",
			"woman", "man", "boy", "girl", "mother", "father", "wife", "husband", "son", "daughter", "doctor", "lawyer",
			"attorney", "congressman", "congresswoman", "hopeful", "rival", "challenger", "incumbent", "chief",
			"secretary", "director", "manager", "chair", "founder", "owner", "aide", "adviser", "advisor", "official",
			"mayor", "sheriff", "prosecutor", "comedian", "actor", "actress", "singer", "star", "preacher", "pastor",
			"priest", "rabbi", "imam", "bishop", "diplomat", "ambassador", "minister", "premier", "king", "queen",
			"prince", "chancellor", "general", "officer", "agent", "investigator", "researcher", "consultant",
			"operative", "donor", "fundraiser", "delegate", "protester", "demonstrator", "resident", "worker",
			"employee", "executive", "ceo", "moderator", "interviewer", "speaker", "representative", "member", "rep.",
			"sen.", "gov.", "businessman", "entrepreneur", "investor", "partner", "lobbyist", "surrogate", "ally",
			"critic", "opponent", "contender", "retiree", "teacher", "nurse", "farmer", "immigrant", "citizen", "clerk",
			"commissioner", "superintendent", "trustee", "councilman", "councilwoman", "deputy", "assistant",
			"vice-president", "spokesperson", "counsel", "advocate", "blogger", "podcaster", "broadcaster", "newcomer",
			"neighbor", "friend", "colleague", "republican", "democrat", "independent", "conservative", "liberal",
			"progressive", "libertarian");

	/** Words that open a sentence before its subject: "But", "Meanwhile", "Still". */
	static final Set<String> OPENERS = set("but", "and", "yet", "so", "still", "now", "also", "instead", "meanwhile",
			"however", "then", "later", "earlier", "indeed", "even", "again", "thus", "ultimately", "finally",
			"separately", "specifically", "moreover", "or", "plus", "rather", "today", "tonight", "yesterday",
			"previously", "recently", "here", "there", "first", "second", "third", "nevertheless", "nonetheless",
			"afterward", "afterwards", "similarly", "likewise", "notably", "conversely", "additionally",
			"unfortunately", "fortunately", "ironically", "interestingly", "importantly", "clearly", "obviously",
			"apparently", "surprisingly", "predictably", "certainly", "perhaps", "maybe");

	static final Set<String> PRONOUNS = set("he", "she", "they");

	/**
	 * Nouns that make a phrase an unnamed source: "an aide", "two people familiar with
	 * the talks".
	 */
	static final Set<String> SOURCE_NOUNS = set("aide", "aides", "official", "officials", "spokesperson", "spokesman",
			"spokeswoman", "source", "sources", "people", "person", "member", "members", "adviser", "advisers",
			"advisor", "advisors", "staffer", "staffers", "lawyer", "lawyers", "attorney", "attorneys", "critics",
			"supporters", "opponents", "voters", "residents", "analysts", "experts", "observers", "lawmakers",
			"leaders", "organizers", "strategist", "strategists", "insider", "insiders", "ally", "allies", "officer",
			"officers", "police", "authorities", "prosecutors", "investigators", "campaign", "administration",
			"representative", "representatives", "witness", "witnesses", "neighbor", "neighbors", "operative",
			"operatives", "donor", "donors", "colleague", "colleagues", "friend", "friends");

	/**
	 * Words just before quoted words that make them a name, a title or a term rather than
	 * speech.
	 */
	static final Set<String> SCARE_MARKERS = set("so-called", "dubbed", "known", "nicknamed", "titled", "entitled",
			"branded", "labeled", "labelled", "term", "terms", "slogan", "book", "memoir", "film", "movie",
			"documentary", "song", "album", "novel", "show", "series", "play", "op-ed", "column", "headline", "hashtag",
			"word", "words", "phrase", "motto", "catchphrase", "program", "initiative", "podcast", "essay", "article",
			"report", "called");

	static final Set<String> DETERMINERS = set("a", "an", "the", "one", "two", "three", "four", "several", "some",
			"many", "most", "other", "another", "his", "her", "their", "its", "our", "this", "that", "these", "those",
			"multiple", "numerous", "few", "senior", "top", "both", "all", "each", "every", "either", "neither");

	static final Set<String> TIME_WORDS = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday", "today", "yesterday", "tonight", "on", "this", "last", "week", "month", "year", "earlier",
			"later", "recently", "again", "repeatedly", "previously", "also", "then", "morning", "afternoon", "evening",
			"night", "privately", "publicly", "once");

	/** Words after a reporting verb that signal a finite verb in its content clause. */
	static final Set<String> AUXILIARIES = set("would", "will", "could", "can", "should", "must", "might", "may", "is",
			"was", "are", "were", "has", "had", "have", "did", "does", "do", "wanted", "wants", "needs", "needed",
			"won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't", "didn't", "doesn't", "won’t", "wouldn’t",
			"can’t", "couldn’t", "isn’t", "wasn’t", "didn’t", "doesn’t", "supports", "opposes", "believes", "plans",
			"intends", "hopes", "expects", "knows", "thinks", "remains", "favors");

	/** Words that end the subject phrase when reading backwards from a cue. */
	static final Set<String> CLAUSE_BREAKS = set("while", "and", "but", "as", "because", "after", "before", "when",
			"although", "though", "whereas", "if", "so", "where", "since", "until", "unless", "once", "then");

	static final Set<String> PREPOSITIONS = set("with", "to", "by", "against", "from", "for", "of", "about", "on", "at",
			"in", "into", "over", "under", "between", "among", "than", "like", "toward", "towards", "behind");

	static final Set<String> NAME_PARTICLES = set("de", "del", "della", "da", "di", "van", "von", "der", "den", "la",
			"le", "du", "bin", "al", "st.", "jr.", "sr.", "ii", "iii", "iv", "jr", "sr");

	static final Set<String> FEMALE = set("mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan",
			"jessica", "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily",
			"donna", "michelle", "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon",
			"laura", "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole",
			"emma", "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet", "ruth",
			"maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly", "christina",
			"lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline",
			"frances", "gloria", "ann", "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris",
			"abigail", "julia", "judy", "grace", "denise", "amber", "marilyn", "beverly", "danielle", "theresa",
			"sophia", "marie", "diana", "brittany", "natalie", "isabella", "charlotte", "rose", "alexis", "kayla",
			"lucia", "yolanda", "paula", "ellen", "nadia", "nancy", "hillary", "kamala", "elizabeth", "stacey",
			"marjorie", "lauren", "kristi", "kyrsten", "tammy", "maxine", "ilhan", "alexandria", "nikki", "sarah",
			"gretchen", "kathy", "liz", "susana", "catalina", "carmen", "rosa", "elena", "sofia", "isabel", "ana",
			"lucy", "claire", "amelia", "ella", "chloe", "zoe", "leah", "ruby");

	static final Set<String> MALE = set("james", "robert", "john", "michael", "david", "william", "richard", "joseph",
			"thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul",
			"andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason",
			"jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott",
			"brandon", "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis",
			"jerry", "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle",
			"ethan", "walter", "noah", "jeremy", "christian", "keith", "roger", "terry", "gerald", "harold", "sean",
			"austin", "carl", "arthur", "lawrence", "dylan", "jesse", "jordan", "bryan", "billy", "joe", "bruce",
			"gabriel", "logan", "albert", "willie", "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent",
			"ralph", "eugene", "russell", "bobby", "mason", "philip", "louis", "jon", "chuck", "mitch", "mitchell",
			"bernie", "ted", "tom", "tim", "mike", "bill", "jim", "bob", "ben", "chris", "dan", "dave", "steve", "rick",
			"ron", "don", "joe", "raphael", "barack", "martin", "victor", "leon", "owen", "marco", "rand", "lindsey",
			"hakeem", "cory", "pete", "beto", "luis", "carlos", "miguel", "antonio", "pedro", "manuel", "rafael",
			"oscar", "hector", "ivan", "omar", "ahmed", "mohammed");

	private Words() {
	}

	/** Tolerates repeated words, unlike {@code Set.of}. */
	private static Set<String> set(String... words) {
		return Set.copyOf(Arrays.asList(words));
	}

	/** White space, the no-break space of web copy included. */
	static boolean space(char c) {
		if (c > ' ' && c < 0x80) {
			return false;
		}
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	static String upper(String word) {
		return word.toUpperCase(Locale.ROOT);
	}

	static String lower(String word) {
		return word.toLowerCase(Locale.ROOT);
	}

	/**
	 * Abbreviations (and party tags such as "R-Ky.") whose final period does not end a
	 * sentence.
	 */
	static boolean keepsDot(String word) {
		int dot = word.indexOf('.');
		if (dot >= 0 && dot < word.length() - 1) {
			return true;
		}
		if (word.length() == 2 && Character.isUpperCase(word.charAt(0))) {
			return true;
		}
		if (word.length() > 3 && word.charAt(1) == '-' && "RDI".indexOf(word.charAt(0)) >= 0) {
			return true;
		}
		return ABBREVIATIONS.contains(lower(word));
	}

	private static final Set<String> ABBREVIATIONS = set("sen.", "rep.", "gov.", "lt.", "dr.", "mr.", "mrs.", "ms.",
			"prof.", "rev.", "gen.", "col.", "capt.", "sgt.", "st.", "jr.", "sr.", "no.", "inc.", "co.", "corp.",
			"jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "vs.", "mt.", "ft.",
			"atty.", "supt.", "cmdr.", "adm.", "maj.", "pres.", "gen.", "hon.", "ave.", "blvd.", "e.g.", "i.e.", "etc.",
			"approx.", "dept.", "univ.", "assn.", "ariz.", "calif.", "fla.", "ga.", "ill.", "mass.", "mich.", "minn.",
			"pa.", "tenn.", "tex.", "va.", "wash.", "wis.", "n.y.", "d.c.");

}
