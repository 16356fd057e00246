package org.claimtracker.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The names the newsroom rates claims by, best first, as configured in
 * {@code claimtracker.ratings.scale}. A claim without a rating is "Not rated": that is no
 * name on the scale but the absence of a rating.
 */
@Component
public class RatingScale {

	/** What search calls the claims without a rating of the newsroom's. */
	public static final String NOT_RATED = "Not rated";

	private final List<String> names;

	/** The scale unless the newsroom configures its own. */
	public static final List<String> DEFAULT = List.of("True", "Mostly true", "Half true", "Mostly false", "False");

	public RatingScale(
			@Value("${claimtracker.ratings.scale:True,Mostly true,Half true,Mostly false,False}") List<String> names) {
		List<String> kept = new ArrayList<>();
		for (String name : names) {
			String stripped = name.strip();
			if (!stripped.isEmpty() && find(kept, stripped).isEmpty()) {
				kept.add(stripped);
			}
		}
		if (kept.isEmpty()) {
			throw new IllegalStateException("claimtracker.ratings.scale names no rating");
		}
		this.names = List.copyOf(kept);
	}

	/** The scale's names, best first. */
	public List<String> names() {
		return this.names;
	}

	/**
	 * The scale's name the text means, in any case and spacing around it; none if off the
	 * scale.
	 */
	public Optional<String> find(String text) {
		return find(this.names, text.strip());
	}

	private static Optional<String> find(List<String> names, String text) {
		return names.stream()
			.filter((n) -> n.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT)))
			.findFirst();
	}

}
