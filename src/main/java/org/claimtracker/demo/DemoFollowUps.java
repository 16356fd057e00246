package org.claimtracker.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo data set's follow-up articles, as in {@code follow-ups.json}: later articles
 * that quote the seed article's speakers again, each quote found by its exact words.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DemoFollowUps(List<FollowUp> articles) {

	/** Reads the follow-ups and the article bodies they name, from the same folder. */
	public static DemoFollowUps read(JsonMapper json, Resource followUps) {
		try (InputStream in = followUps.getInputStream()) {
			DemoFollowUps data = json.readValue(in, DemoFollowUps.class);
			List<FollowUp> articles = new ArrayList<>();
			for (FollowUp article : data.articles()) {
				Resource text = followUps.createRelative(article.file());
				articles.add(article.withBody(text.getContentAsString(StandardCharsets.UTF_8)));
			}
			return new DemoFollowUps(List.copyOf(articles));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demo follow-ups at " + followUps, ex);
		}
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record FollowUp(String file, String title, String outlet, @Nullable String author, LocalDate published,
			String url, List<FollowUpQuote> quotes, @Nullable String body) {

		FollowUp withBody(String body) {
			return new FollowUp(this.file, this.title, this.outlet, this.author, this.published, this.url, this.quotes,
					body);
		}

	}

	/** A quote of a person of the seed set, by name, at the only place its words are. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record FollowUpQuote(String speaker, String kind, @JsonProperty("said_on") @Nullable LocalDate saidOn,
			@Nullable String context, String exact) {

	}

}
