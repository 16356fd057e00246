package org.claimtracker.account;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.BruteForceMatch;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.matching.match.RepeatMatch;
import me.gosimple.nbvcxz.matching.match.SeparatorMatch;
import me.gosimple.nbvcxz.matching.match.SequenceMatch;
import me.gosimple.nbvcxz.matching.match.SpacialMatch;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Tells whether a new password is too easy to guess, and why, with nbvcxz: it estimates
 * how many guesses a password takes against what attackers try first (leaked passwords,
 * words, names, dates, repeats, sequences, keyboard rows, each with its usual
 * substitutions), and refuses one that takes fewer than its default minimum of 2^35. The
 * account's name, its parts and the site's name count as words that are tried first too.
 */
@Component
class PasswordStrength {

	/** The name of the site, which attackers of its accounts try first. */
	static final String SITE = "claimtracker";

	private static final String PERSONAL = "personal";

	/** A password that is one part said again and again, wholly. */
	private static final Pattern REPEATED = Pattern.compile("(.+?)\\1+", Pattern.DOTALL);

	/** What separates the parts of an account name such as {@code jane.doe}. */
	private static final Pattern NAME_PARTS = Pattern.compile("[._-]+");

	/**
	 * The message key that says why the password is too easy to guess for the account, or
	 * null if it is not.
	 */
	@Nullable String weakness(String password, String accountName) {
		Configuration configuration = configuration(accountName);
		Result whole = new Nbvcxz(configuration).estimate(password);
		Matcher repeated = REPEATED.matcher(password);
		if (repeated.matches()) {
			// nbvcxz sees a repeat only of up to four different characters; a longer
			// part said n times takes hardly more guesses than the part once: a guess
			// for it, times n
			String part = repeated.group(1);
			Result once = new Nbvcxz(configuration).estimate(part);
			double entropy = once.getEntropy() + log2((double) password.length() / part.length());
			if (entropy < configuration.getMinimumEntropy() && entropy < whole.getEntropy()) {
				return personal(once.getMatches()) ? key(PERSONAL) : key("repetitive");
			}
		}
		return whole.isMinimumEntropyMet() ? null : reason(whole.getMatches());
	}

	/**
	 * Why the estimate is low: the account's or the site's name if the password contains
	 * either, which is what a person can most readily change; otherwise what the longest
	 * guessable part of it is.
	 */
	private static String reason(List<Match> matches) {
		if (personal(matches)) {
			return key(PERSONAL);
		}
		return matches.stream()
			.filter((match) -> !(match instanceof BruteForceMatch) && !(match instanceof SeparatorMatch))
			.max(Comparator.comparingInt(Match::getLength))
			.map(PasswordStrength::reason)
			.orElse(key("guessable"));
	}

	private static String reason(Match match) {
		if (match instanceof RepeatMatch || match instanceof SequenceMatch || match instanceof SpacialMatch) {
			return key("repetitive");
		}
		if (match instanceof DictionaryMatch word && "passwords".equals(word.getDictionaryName())) {
			return key("common");
		}
		return key("guessable");
	}

	private static boolean personal(List<Match> matches) {
		return matches.stream()
			.anyMatch((match) -> match instanceof DictionaryMatch word && PERSONAL.equals(word.getDictionaryName()));
	}

	/**
	 * nbvcxz's own dictionaries, loaded once, and the words of this account. Two letters
	 * are no word of their own: they turn up in many passphrases by chance.
	 */
	private static Configuration configuration(String accountName) {
		Set<String> words = new LinkedHashSet<>();
		words.add(SITE);
		String name = accountName.toLowerCase(Locale.ROOT);
		words.add(name);
		words.addAll(List.of(NAME_PARTS.split(name)));
		DictionaryBuilder personal = new DictionaryBuilder().setDictionaryName(PERSONAL).setExclusion(true);
		words.stream().filter((word) -> word.length() >= 3).forEach((word) -> personal.addWord(word, 0));
		// the defaults are one list shared by every configuration: add to a copy
		List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
		dictionaries.add(personal.createDictionary());
		return new ConfigurationBuilder().setDictionaries(dictionaries)
			.setMaxLength(AccountPasswordBytes.MAX)
			.createConfiguration();
	}

	private static String key(String reason) {
		return "account.password." + reason;
	}

	private static double log2(double value) {
		return Math.log(value) / Math.log(2);
	}

}
