package org.claimtracker.reader;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.search.QuoteHit;
import org.jspecify.annotations.Nullable;

/**
 * Quotes as an Atom feed (RFC 4287), written with ROME: one entry per quote, at its
 * permalink, saying whose words they are, where and when they were reported, and the
 * claims they bear on. A paraphrase is given as the outlet's account, not the speaker's
 * words.
 */
final class QuoteFeed {

	static final String MEDIA_TYPE = "application/atom+xml";

	private QuoteFeed() {
	}

	/**
	 * The feed at {@code self}, the page it follows at {@code page}, its quotes'
	 * addresses on {@code site}; updated when its newest quote was said.
	 */
	static String write(String title, String self, String page, String site, List<QuoteHit> hits) {
		return write(title, self, page, site, hits, null);
	}

	/**
	 * The same, with the claim's rating as an entry of its own when the feed follows a
	 * claim the newsroom rated: each new rating or change of it is a new entry.
	 */
	static String write(String title, String self, String page, String site, List<QuoteHit> hits,
			@Nullable Rated rated) {
		Feed feed = new Feed("atom_1.0");
		feed.setId(self);
		feed.setTitleEx(text(title));
		Date newest = instant(
				hits.stream().map(QuoteHit::datedOn).max(Comparator.naturalOrder()).orElse(LocalDate.EPOCH));
		if (rated != null && rated.at().isAfter(newest.toInstant())) {
			newest = Date.from(rated.at());
		}
		feed.setUpdated(newest);
		feed.setAuthors(List.of(person("ClaimTracker")));
		feed.setOtherLinks(List.of(link("self", MEDIA_TYPE, self)));
		feed.setAlternateLinks(List.of(link("alternate", "text/html", page)));
		List<Entry> entries = new ArrayList<>();
		if (rated != null) {
			entries.add(entry(rated, site));
		}
		for (QuoteHit hit : hits) {
			entries.add(entry(hit, site));
		}
		feed.setEntries(entries);
		try {
			return new WireFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("The feed could not be written", ex);
		}
	}

	private static Entry entry(QuoteHit hit, String site) {
		Entry entry = new Entry();
		String permalink = site + "/quotes/" + hit.id();
		entry.setId(permalink);
		entry.setTitleEx(text(title(hit)));
		entry.setUpdated(instant(hit.datedOn()));
		entry.setAlternateLinks(List.of(link("alternate", "text/html", permalink)));
		entry.setSummary(text(summary(hit)));
		return entry;
	}

	/** A claim's rating by the newsroom, as its feed tells it. */
	record Rated(long claimId, String statement, String name, String rationale, Instant at, int version) {

	}

	private static Entry entry(Rated rated, String site) {
		Entry entry = new Entry();
		String page = site + "/claims/" + rated.claimId();
		// a new address for each rating or change of it, so that readers see each
		entry.setId(page + "#rating-" + rated.version());
		entry.setTitleEx(text("Rated " + rated.name() + ": " + rated.statement()));
		entry.setUpdated(Date.from(rated.at()));
		entry.setAlternateLinks(List.of(link("alternate", "text/html", page)));
		entry.setSummary(text("The newsroom rates the claim " + rated.name() + ". Why: " + rated.rationale()));
		return entry;
	}

	private static String title(QuoteHit hit) {
		return switch (hit.kind()) {
			case DIRECT -> hit.speaker() + ": “" + hit.text() + "”";
			// the outlet's sentence, the speaker's own words in its quotation marks
			case PARTIAL -> hit.speaker() + ", quoted in part: " + hit.text();
			case PARAPHRASE -> hit.outlet() + "'s account of what " + hit.speaker() + " said";
		};
	}

	private static String summary(QuoteHit hit) {
		StringBuilder summary = new StringBuilder();
		if (hit.kind() == QuoteKind.PARAPHRASE) {
			summary.append("Paraphrase, not a quotation: ").append(hit.text()).append('\n');
		}
		summary.append(hit.speaker());
		if (hit.party() != null) {
			summary.append(" (").append(hit.party()).append(')');
		}
		summary.append(", reported in “")
			.append(hit.articleTitle())
			.append("”, ")
			.append(hit.outlet())
			.append(", ")
			.append(hit.publishedOn());
		for (QuoteHit.ClaimStance claim : hit.claims()) {
			summary.append('\n')
				.append(claim.stance().name().charAt(0))
				.append(claim.stance().name().substring(1).toLowerCase(Locale.ROOT))
				.append(": ")
				.append(claim.statement());
		}
		return summary.toString();
	}

	private static Content text(String value) {
		Content content = new Content();
		content.setType(Content.TEXT);
		content.setValue(xmlSafe(value));
		return content;
	}

	/**
	 * The text with what XML 1.0 cannot hold (control characters other than tab and line
	 * breaks, unpaired surrogates) shown as U+FFFD: text is stored as given, and a feed
	 * must still parse.
	 */
	static String xmlSafe(String value) {
		StringBuilder safe = new StringBuilder(value.length());
		value.codePoints().forEach((c) -> {
			boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
			safe.appendCodePoint(allowed ? c : 0xFFFD);
		});
		return safe.toString();
	}

	private static Person person(String name) {
		Person person = new Person();
		person.setName(name);
		return person;
	}

	private static Link link(String rel, String type, String href) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

	private static Date instant(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

}
