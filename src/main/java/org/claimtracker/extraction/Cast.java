package org.claimtracker.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The people of one article as it is read: full names by surname, the known people, and
 * who was last in view, so that "Ossoff" becomes Jon Ossoff and "he" the most recent
 * fitting speaker.
 */
final class Cast {

	private static final int MEMORY = 32;

	private final Map<String, KnownPerson> knownByName = new HashMap<>();

	private final Map<String, List<KnownPerson>> knownBySurname = new HashMap<>();

	private final Map<String, String> bySurname = new HashMap<>();

	private final Map<String, Mention.Gender> genders = new HashMap<>();

	private final Map<String, List<String>> titles = new HashMap<>();

	/** Speakers and sentence subjects, most recent last. */
	private final Deque<String> inView = new ArrayDeque<>();

	/** Everyone else named, most recent last. */
	private final Deque<String> named = new ArrayDeque<>();

	Cast(List<KnownPerson> known) {
		for (KnownPerson person : known) {
			if (person.name() != null && !person.name().isBlank()) {
				this.knownByName.put(Words.lower(person.name().strip()), person);
				this.knownBySurname.computeIfAbsent(surname(person.name()), (s) -> new ArrayList<>()).add(person);
			}
		}
	}

	/** Who the mention is, as a speaker; a named speaker comes into view. */
	Speaker speaker(String body, Mention mention) {
		String asWritten = body.substring(mention.start(), mention.end());
		return switch (mention.type()) {
			case SOURCE -> Speaker.unnamed(asWritten);
			case NAME -> {
				String name = register(mention);
				bringIntoView(name);
				yield new Speaker(asWritten, name, idOf(name), false);
			}
			case PRONOUN -> named(asWritten, resolve(mention.gender(), null));
			case DESCRIPTION ->
				named(asWritten, mention.titles().isEmpty() ? null : resolve(Mention.Gender.UNKNOWN, mention.titles()));
			case ORGANISATION -> new Speaker(asWritten, null, null, false);
		};
	}

	/** A person named in the writer's text: the subject of a sentence comes into view. */
	void mentioned(Mention mention, boolean subject) {
		String name = register(mention);
		if (subject) {
			bringIntoView(name);
		}
		else {
			this.named.remove(name);
			this.named.addLast(name);
			if (this.named.size() > MEMORY) {
				this.named.removeFirst();
			}
		}
	}

	/** Whether a lone capitalised word is the surname of someone met earlier or known. */
	boolean isSurname(String word) {
		String key = Words.lower(word);
		return this.bySurname.containsKey(key) || this.knownBySurname.containsKey(key);
	}

	/**
	 * Whether a lone capitalised word is a person's name: a surname met earlier or known,
	 * or a common first name.
	 */
	boolean known(String word) {
		String key = Words.lower(word);
		return isSurname(word) || Words.MALE.contains(key) || Words.FEMALE.contains(key);
	}

	private Speaker named(String asWritten, @Nullable String name) {
		if (name == null) {
			return new Speaker(asWritten, null, null, false);
		}
		bringIntoView(name);
		return new Speaker(asWritten, name, idOf(name), false);
	}

	/** The full name a mention stands for, remembered with its gender and titles. */
	private String register(Mention mention) {
		String name = mention.name();
		KnownPerson known = this.knownByName.get(Words.lower(name));
		if (!name.contains(" ")) {
			String full = this.bySurname.get(Words.lower(name));
			if (full != null) {
				name = full;
			}
			else {
				List<KnownPerson> candidates = this.knownBySurname.getOrDefault(Words.lower(name), List.of());
				if (candidates.size() == 1) {
					known = candidates.get(0);
				}
			}
		}
		if (known != null) {
			name = known.name().strip();
		}
		if (name.contains(" ")) {
			this.bySurname.putIfAbsent(surname(name), name);
		}
		if (mention.gender() != Mention.Gender.UNKNOWN || !this.genders.containsKey(name)) {
			Mention.Gender gender = mention.gender() != Mention.Gender.UNKNOWN ? mention.gender()
					: Phrases.gender(Words.lower(name.substring(0, Math.max(0, name.indexOf(' ')))), List.of());
			this.genders.put(name, gender);
		}
		if (!mention.titles().isEmpty()) {
			this.titles.put(name, mention.titles());
		}
		return name;
	}

	private void bringIntoView(String name) {
		this.inView.remove(name);
		this.inView.addLast(name);
		if (this.inView.size() > MEMORY) {
			this.inView.removeFirst();
		}
	}

	/**
	 * The most recent fitting person in view, else the most recent fitting person named.
	 */
	private @Nullable String resolve(Mention.Gender gender, @Nullable List<String> wantedTitles) {
		for (Deque<String> people : List.of(this.inView, this.named)) {
			var recentFirst = people.descendingIterator();
			while (recentFirst.hasNext()) {
				String name = recentFirst.next();
				boolean fits = gender.fits(this.genders.getOrDefault(name, Mention.Gender.UNKNOWN));
				if (fits && (wantedTitles == null
						|| this.titles.getOrDefault(name, List.of()).containsAll(wantedTitles))) {
					return name;
				}
			}
		}
		return null;
	}

	private @Nullable Long idOf(String name) {
		KnownPerson known = this.knownByName.get(Words.lower(name));
		return known == null ? null : known.id();
	}

	private static String surname(String name) {
		String[] parts = name.strip().split(" ");
		int last = parts.length - 1;
		while (last > 0 && Words.NAME_PARTICLES.contains(Words.lower(parts[last]))) {
			last--;
		}
		return Words.lower(parts[last]);
	}

}
