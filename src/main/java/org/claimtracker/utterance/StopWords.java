package org.claimtracker.utterance;

import java.util.Set;

/**
 * The words whose loss does not change what a sentence says: articles, pronouns,
 * auxiliaries, conjunctions and most prepositions. Dropping any other word alters a
 * quote.
 */
final class StopWords {

	private static final Set<String> WORDS = Set.of("a", "an", "the", "and", "or", "but", "so", "that", "this", "these",
			"those", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "into", "about", "than", "then",
			"it", "its", "is", "are", "was", "were", "be", "been", "being", "am", "have", "has", "had", "do", "does",
			"did", "i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them", "my", "our", "your", "his",
			"their", "there", "here", "which", "who", "whom", "what", "just", "very", "really", "well", "also", "oh",
			"uh", "um", "like", "because", "if", "when", "where", "while", "im", "ive", "weve", "theyre", "youre",
			"thats", "lets", "let", "up", "out", "over", "now");

	private StopWords() {
	}

	static boolean contains(String norm) {
		return WORDS.contains(norm);
	}

}
