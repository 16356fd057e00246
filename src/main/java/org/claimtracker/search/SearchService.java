package org.claimtracker.search;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.claimtracker.claim.RatingScale;
import org.claimtracker.common.Publication;
import org.claimtracker.common.Visibility;
import org.claimtracker.search.SearchConditions.NameWord;
import org.claimtracker.search.SearchConditions.Resolved;
import org.claimtracker.search.SearchTerms.Clause;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds quotes for journalists: a page with facets, or every hit for an export. */
@Service
public class SearchService {

	private final QuoteSearch search;

	private final HitDetails details;

	private final SearchNames names;

	private final RatingScale scale;

	private final SearchTimers timers;

	SearchService(QuoteSearch search, HitDetails details, SearchNames names, RatingScale scale, MeterRegistry meters) {
		this.search = search;
		this.details = details;
		this.names = names;
		this.scale = scale;
		this.timers = new SearchTimers(meters);
	}

	/** One page of hits, the total and the facets. */
	@Transactional(readOnly = true)
	public SearchResult search(SearchQuery query) {
		return search(query, List.copyOf(Visibility.current()));
	}

	/**
	 * The same, of published quotes only, whoever asks: for what is shared beyond the
	 * newsroom, such as a feed.
	 */
	@Transactional(readOnly = true)
	public SearchResult searchPublished(SearchQuery query) {
		return search(query, List.copyOf(Visibility.published()));
	}

	private SearchResult search(SearchQuery query, List<Publication> visible) {
		if (query.isBlank()) {
			return SearchResult.blank(query);
		}
		return this.timers.page(query, () -> find(query, visible));
	}

	private SearchResult find(SearchQuery query, List<Publication> visible) {
		List<String> notes = new ArrayList<>();
		List<String> speakers = new ArrayList<>();
		SearchConditions conditions = conditions(query, visible, notes, speakers);
		long estimate = this.search.estimate(conditions);
		Pass pass = summarize(conditions, query, estimate);
		boolean sampled = pass.sampled();
		QuoteSearch.Summary summary = pass.summary();
		long total = sampled ? sampledTotal(conditions, query, estimate, summary) : summary.counted;
		boolean exact = !sampled;
		List<Long> ids = summary.pageIds();
		boolean pastRanking = sampled && query.effectiveSort() == SearchSort.RELEVANCE
				&& query.offset() >= QuoteSearch.SAMPLE;
		if (sampled && !pastRanking
				&& (query.effectiveSort() == SearchSort.OLDEST || query.offset() >= QuoteSearch.SAMPLE)) {
			QuoteSearch.DatePage page = this.search.pageByDate(conditions, query, total, pass.quotes());
			ids = page.ids();
			if (page.total() >= 0) {
				total = page.total();
				exact = true;
			}
		}
		if (!exact) {
			notes.add("search.note.sampled");
		}
		if (pastRanking) {
			notes.add("search.note.deep");
		}
		// only an exact total says a page cannot exist; an estimated one may fall short
		// of the hits
		int last = SearchResult.lastPage(query, total, sampled);
		if (exact && query.page() > last) {
			throw new BadSearchException("page",
					"'page' is past the end: this search has " + last + ((last == 1) ? " page" : " pages"));
		}
		return new SearchResult(query, this.details.hits(conditions, ids), total, exact, sampled, facets(summary),
				notes, speakers);
	}

	/** What the search form offers to choose from. */
	@Transactional(readOnly = true)
	public SearchOptions options() {
		return this.names.options(List.copyOf(Visibility.current()), ratings());
	}

	/**
	 * Matches an export's filters to rows once, refusing the query (with the parameter's
	 * name) if one matches none: before any byte of the export is written.
	 */
	@Transactional(readOnly = true)
	public Export prepare(SearchQuery query, Set<Publication> visible) {
		List<String> notes = new ArrayList<>();
		List<String> speakers = new ArrayList<>();
		return new Export(query, conditions(query, List.copyOf(visible), notes, speakers), notes, speakers);
	}

	/**
	 * The exact number of hits, counted first so that an export can start with it. A
	 * search with no words and no filter finds nothing, as on the search page: it asks
	 * for nothing.
	 */
	@Transactional(readOnly = true)
	public long count(Export export) {
		if (export.query.isBlank()) {
			return 0;
		}
		this.search.planForTheValues();
		return this.details.count(export.conditions);
	}

	/**
	 * Every hit, in the query's order, streamed from one read-only transaction; the
	 * caller writes each hit out as it comes, so memory stays flat however many there
	 * are. None for a blank search.
	 */
	@Transactional(readOnly = true)
	public void export(Export export, boolean snippets, Consumer<QuoteHit> sink) {
		if (export.query.isBlank()) {
			return;
		}
		this.timers.export(() -> {
			this.search.planForTheValues();
			this.details.each(export.conditions, export.query, snippets, sink);
		});
	}

	/**
	 * Facets of the whole search (sampled when it is large), for the end of a JSON
	 * export.
	 */
	@Transactional(readOnly = true)
	public SearchResult summary(Export export) {
		if (export.query.isBlank()) {
			return SearchResult.blank(export.query);
		}
		this.search.planForTheValues();
		Pass pass = summarize(export.conditions, export.query, this.search.estimate(export.conditions));
		return new SearchResult(export.query, List.of(), pass.summary().counted, !pass.sampled(), pass.sampled(),
				facets(pass.summary()), export.notes, export.speakers);
	}

	/** A search ready to export: its query, and its filters matched to rows. */
	public static final class Export {

		private final SearchQuery query;

		private final SearchConditions conditions;

		private final List<String> notes;

		private final List<String> speakers;

		private Export(SearchQuery query, SearchConditions conditions, List<String> notes, List<String> speakers) {
			this.query = query;
			this.conditions = conditions;
			this.notes = List.copyOf(notes);
			this.speakers = List.copyOf(speakers);
		}

	}

	/**
	 * Past this share of the searched dates a window saves nothing: the hits are few
	 * enough to read them all, and a wide date range costs more to intersect than it
	 * spares.
	 */
	private static final double WIDEST_WINDOW = 0.25;

	/**
	 * From this share of all quotes on, hits are dense enough to be read in date order
	 * without a window.
	 */
	private static final double DENSE = 0.05;

	/**
	 * A pass over the hits: its summary, whether it was a sample, and about how many
	 * quotes there are (0 when it did not need to know).
	 */
	private record Pass(QuoteSearch.Summary summary, boolean sampled, long quotes) {

	}

	/**
	 * Counts, facets and ranks the hits in full when there are few; otherwise the most
	 * recent {@link QuoteSearch#SAMPLE}, looked for in a window of recent dates that the
	 * estimate says should hold about twice as many, widened when it holds too few.
	 */
	private Pass summarize(SearchConditions conditions, SearchQuery query, long estimate) {
		if (estimate <= QuoteSearch.EXACT_LIMIT) {
			QuoteSearch.Summary summary = this.search.summary(conditions, query, false, null);
			if (summary.counted <= QuoteSearch.EXACT_LIMIT) {
				return new Pass(summary, false, 0);
			}
		}
		QuoteSearch.DateRange dates = this.search.dates();
		if (dates.first() == null || dates.last() == null || estimate > dates.quotes() * DENSE) {
			// hits are so dense that reading the date index backwards finds the most
			// recent at once
			QuoteSearch.Summary summary = this.search.summary(conditions, query, true, null);
			return new Pass(summary, summary.counted >= QuoteSearch.SAMPLE, dates.quotes());
		}
		LocalDate last = (query.to() != null && query.to().isBefore(dates.last())) ? query.to() : dates.last();
		LocalDate first = (query.from() != null && query.from().isAfter(dates.first())) ? query.from() : dates.first();
		long span = Math.max(1, ChronoUnit.DAYS.between(first, last) + 1);
		double days = span * 2.0 * QuoteSearch.SAMPLE / Math.max(estimate, 1);
		for (int tries = 0; tries < 2 && days < span * WIDEST_WINDOW; tries++) {
			LocalDate since = last.minusDays((long) Math.ceil(days));
			QuoteSearch.Summary summary = this.search.summary(conditions, query, true,
					new QuoteSearch.Window(since, days / span));
			if (summary.counted >= QuoteSearch.SAMPLE) {
				return new Pass(summary, true, dates.quotes());
			}
			// the estimate was off: size the next window from the hits this one held
			days = days * 1.5 * QuoteSearch.SAMPLE / Math.max(summary.counted, 1);
		}
		QuoteSearch.Summary summary = this.search.summary(conditions, query, true, null);
		return new Pass(summary, summary.counted >= QuoteSearch.SAMPLE, dates.quotes());
	}

	/**
	 * About how many quotes a sampled search finds: the planner's estimate, but for
	 * phrases. The planner counts a phrase's words as if they could stand anywhere in a
	 * quote (ten times too many quotes for two common words); a phrase's total is scaled
	 * up from the sample, the most recent hits, by the share of the filters' rows dated
	 * since the oldest of them.
	 */
	private long sampledTotal(SearchConditions conditions, SearchQuery query, long estimate,
			QuoteSearch.Summary summary) {
		if (!query.terms().hasPhrase() || summary.oldest == null) {
			return Math.max(estimate, summary.counted);
		}
		long rows = (conditions.filteredRows() >= 0) ? conditions.filteredRows()
				: this.search.estimate(conditions.filtersWhere());
		long recent = Math.max(1, this.search.estimateSince(conditions, summary.oldest));
		return Math.max(summary.counted, Math.round((double) summary.counted * rows / recent));
	}

	private SearchConditions conditions(SearchQuery query, List<Publication> visible, List<String> notes,
			List<String> speakers) {
		// every search starts here, in its transaction
		this.search.planForTheValues();
		SearchTerms terms = query.terms();
		if (terms.shortened()) {
			notes.add("search.note.shortened");
		}
		if (!query.q().isBlank() && terms.isEmpty()) {
			notes.add("search.note.noWords");
		}
		List<Clause> text = new ArrayList<>();
		List<NameWord> nameWords = new ArrayList<>();
		for (Clause clause : terms.clauses()) {
			String word = clause.singleWord() ? clause.alternatives().get(0).words().get(0) : "";
			List<SearchNames.Match> matches = (word.length() >= 4 && nameWords.size() < 3)
					? this.names.speakersLike(word, visible, SearchNames.WORD_SIMILARITY) : List.of();
			if (matches.isEmpty()) {
				text.add(clause);
			}
			else {
				nameWords.add(new NameWord(clause.tsquery(), matches.stream().map(SearchNames.Match::id).toList()));
				matches.forEach((m) -> speakers.add(m.name()));
			}
		}
		String textTsquery = SearchTerms.tsquery(text);
		if (!terms.isEmpty() && this.names.onlyStopWords(terms.tsquery())) {
			notes.add("search.note.stopWords");
			textTsquery = "";
			nameWords.clear();
		}
		String rankTsquery = textTsquery.isEmpty() && nameWords.isEmpty() ? "" : terms.highlightTsquery();
		Resolved resolved = new Resolved(speakerIds(query, visible, speakers),
				this.names.outlet(query.outlet(), visible), this.names.topic(query.topic(), visible), rating(query),
				this.names.partySpeakers(query.party(), visible), nameWords, textTsquery, rankTsquery);
		if (query.claim() != null) {
			this.names.checkClaim(query.claim(), visible);
		}
		SearchConditions conditions = new SearchConditions(query, resolved, visible);
		if (conditions.filtersBesideWords()) {
			conditions.sizes(this.search.estimate(conditions.filtersWhere()),
					this.search.estimate(conditions.wordsWhere()));
		}
		return conditions;
	}

	/** The ratings one may search by: the newsroom's scale, then "Not rated". */
	private List<String> ratings() {
		List<String> ratings = new ArrayList<>(this.scale.names());
		ratings.add(RatingScale.NOT_RATED);
		return ratings;
	}

	/**
	 * The rating filter: a name on the scale or "Not rated", in any case. The scale is
	 * the newsroom's published configuration, so a name on it tells nothing of drafts;
	 * any other name is refused, as an unknown topic is.
	 */
	private SearchConditions.@Nullable Rating rating(SearchQuery query) {
		if (query.rating() == null) {
			return null;
		}
		if (query.rating().equalsIgnoreCase(RatingScale.NOT_RATED)) {
			return new SearchConditions.Rating(null);
		}
		String name = this.scale.find(query.rating())
			.orElseThrow(() -> new BadSearchException("rating",
					"Unknown rating '" + shorten(query.rating()) + "'; ratings: " + String.join(", ", ratings())));
		return new SearchConditions.Rating(name);
	}

	private static String shorten(String text) {
		return (text.length() > 60) ? text.substring(0, 60) + "…" : text;
	}

	/** The facets, the ratings' in the scale's order with "Not rated" last. */
	private Map<String, List<Facet>> facets(QuoteSearch.Summary summary) {
		List<String> order = ratings();
		Map<String, List<Facet>> facets = new LinkedHashMap<>(summary.facets);
		facets.computeIfPresent("rating", (name, values) -> values.stream().sorted(Comparator.comparingInt((f) -> {
			int at = order.indexOf(f.value());
			return (at < 0) ? order.size() : at;
		})).toList());
		return facets;
	}

	private @Nullable List<Long> speakerIds(SearchQuery query, List<Publication> visible, List<String> speakers) {
		if (query.speaker() == null) {
			return null;
		}
		List<SearchNames.Match> matches = this.names.speaker(query.speaker(), visible);
		matches.forEach((m) -> speakers.add(m.name()));
		return matches.stream().map(SearchNames.Match::id).toList();
	}

}
