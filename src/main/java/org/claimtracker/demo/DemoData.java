package org.claimtracker.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo data set as curated in {@code annotations.json}: an article, its people,
 * races, topics, quotes, claims and evidence, keyed as in the file.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DemoData(ArticleData article, List<PersonData> people, List<RaceData> races, List<String> topics,
		List<QuoteData> quotes, List<ClaimData> claims, List<EvidenceData> evidence, @Nullable String body) {

	/** Reads the annotations and the article body they name, from the same folder. */
	public static DemoData read(JsonMapper json, Resource annotations) {
		try (InputStream in = annotations.getInputStream()) {
			DemoData data = json.readValue(in, DemoData.class);
			Resource text = annotations.createRelative(data.article().file());
			return data.withBody(text.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demo data at " + annotations, ex);
		}
	}

	/**
	 * The keys of the people the set quotes, writes claims about or lists as candidates:
	 * its list of people also names the article's author, who is its byline.
	 */
	public Set<String> peopleReferredTo() {
		Set<String> keys = new HashSet<>();
		this.quotes.forEach((q) -> keys.add(q.speaker()));
		this.claims.stream().map(ClaimData::subject).filter(Objects::nonNull).forEach(keys::add);
		this.races.forEach((r) -> r.candidates().forEach((c) -> keys.add(c.person())));
		return keys;
	}

	public DemoData withBody(String body) {
		return new DemoData(this.article, this.people, this.races, this.topics, this.quotes, this.claims, this.evidence,
				body);
	}

	public DemoData withArticle(ArticleData article) {
		return new DemoData(article, this.people, this.races, this.topics, this.quotes, this.claims, this.evidence,
				this.body);
	}

	public DemoData withQuotes(List<QuoteData> quotes) {
		return new DemoData(this.article, this.people, this.races, this.topics, quotes, this.claims, this.evidence,
				this.body);
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ArticleData(String file, String title, String outlet, @Nullable String author, LocalDate published,
			String url) {

		public ArticleData withUrl(String url) {
			return new ArticleData(this.file, this.title, this.outlet, this.author, this.published, url);
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record PersonData(String key, String name, @Nullable String party, @Nullable String note) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record RaceData(String key, String name, String office, @Nullable String state, @Nullable LocalDate election,
			@Nullable LocalDate runoff, List<CandidateData> candidates) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record CandidateData(String person, @Nullable String party, @Nullable Boolean incumbent) {

		public boolean isIncumbent() {
			return Boolean.TRUE.equals(this.incumbent);
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record QuoteData(String key, String speaker, String kind,
			@JsonProperty("said_on") @Nullable LocalDate saidOn, @Nullable String context, String exact, int start,
			int end) {

		public QuoteData withSpan(int start, int end) {
			return new QuoteData(this.key, this.speaker, this.kind, this.saidOn, this.context, this.exact, start, end);
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ClaimData(String key, String kind, @Nullable String subject, List<String> topics, String statement,
			List<SpanData> appearances) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record SpanData(String exact, int start, int end) {

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record EvidenceData(String quote, String claim, String stance, String rationale) {

	}

}
