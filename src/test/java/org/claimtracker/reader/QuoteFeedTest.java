package org.claimtracker.reader;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.search.QuoteHit;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A feed parses whatever its quotes hold: markup stays text, and what XML cannot carry
 * (control characters, unpaired surrogates) is shown as U+FFFD.
 */
class QuoteFeedTest {

	@Test
	void hostileTextIsKeptAsTextAndTheFeedStillParses() throws Exception {
		String words = "<script>alert(1)</script> & \u0001bell\u0007 \uD800 end 😀";
		QuoteHit hit = new QuoteHit(7, words, List.of(), QuoteKind.DIRECT, 3, "Ana <i>Ruiz</i>", null, 5,
				"Title & more", 2, "Outlet", null, LocalDate.of(2016, 5, 1), "https://example.org/a", null, List.of(),
				false);

		String xml = QuoteFeed.write("Quotes", "https://ct.example/search.atom", "https://ct.example/search",
				"https://ct.example", List.of(hit));

		Feed feed = (Feed) new WireFeedInput().build(new InputSource(new StringReader(xml)));
		assertThat(feed.getEntries().get(0).getTitleEx().getValue())
			.isEqualTo("Ana <i>Ruiz</i>: “<script>alert(1)</script> & \uFFFDbell\uFFFD \uFFFD end 😀”");
		assertThat(xml).doesNotContain("<script>");
	}

	@Test
	void aPartialQuoteIsTheOutletsSentenceNotTheSpeakersWords() throws Exception {
		QuoteHit hit = new QuoteHit(8, "She vowed to “fix the roads” soon", List.of(), QuoteKind.PARTIAL, 3, "Ana Ruiz",
				null, 5, "Title", 2, "Outlet", null, LocalDate.of(2016, 5, 1), "https://example.org/a", null, List.of(),
				false);

		String xml = QuoteFeed.write("Quotes", "https://ct.example/search.atom", "https://ct.example/search",
				"https://ct.example", List.of(hit));

		Feed feed = (Feed) new WireFeedInput().build(new InputSource(new StringReader(xml)));
		assertThat(feed.getEntries().get(0).getTitleEx().getValue())
			.isEqualTo("Ana Ruiz, quoted in part: She vowed to “fix the roads” soon");
	}

}
