package org.claimtracker.quote;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleService;
import org.claimtracker.common.Publication;
import org.claimtracker.common.StaleEditException;
import org.claimtracker.common.Visibility;
import org.claimtracker.person.Person;
import org.claimtracker.person.PersonService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Quotes: the words behind every claim. */
@Service
public class QuoteService {

	private final QuoteRepository quotes;

	private final ArticleService articles;

	private final PersonService people;

	private final ApplicationEventPublisher events;

	QuoteService(QuoteRepository quotes, ArticleService articles, PersonService people,
			ApplicationEventPublisher events) {
		this.quotes = quotes;
		this.articles = articles;
		this.people = people;
		this.events = events;
	}

	/**
	 * Marks a draft quote; refused when the selectors do not match the article's text.
	 */
	@Transactional
	public long create(NewQuote quote) {
		Article article = this.articles.findForAnchoring(quote.articleId());
		refuseSaidAfterPublication(quote.saidOn(), article);
		TextAnchor anchor = TextSearch.anchor(article.getBody(), quote.start(), quote.end(), quote.exact());
		Quote saved = this.quotes.save(new Quote(article, this.people.find(quote.speakerId()), quote.kind(),
				quote.saidOn(), blankToNull(quote.context()), anchor));
		this.events.publishEvent(new QuoteWordsChanged(saved.getId()));
		return saved.getId();
	}

	/**
	 * Words cannot have been said after the article that reports them was published. When
	 * a quote is saved, the article is the one locked for anchoring, so that its date
	 * cannot change meanwhile (see {@link ArticleRedatingCheck}).
	 */
	private static void refuseSaidAfterPublication(@Nullable LocalDate saidOn, Article article) {
		if (saidOn != null && saidOn.isAfter(article.getPublishedOn())) {
			throw new SaidAfterPublishedException(article.getPublishedOn());
		}
	}

	/** Deletes a quote (and its evidence) if the caller saw its current version. */
	@Transactional
	public void delete(long id, int version) {
		Quote quote = find(id);
		if (quote.getVersion() != version) {
			throw new StaleEditException("quote", QuoteView.from(quote));
		}
		this.events.publishEvent(new QuoteDeleting(id));
		this.quotes.delete(quote);
	}

	/**
	 * Publishes the article's draft quotes and their speakers still in draft (people
	 * added while marking quotes), so that the published quotes never lead readers to a
	 * missing person.
	 */
	@Transactional
	public void publishInArticle(long articleId) {
		this.quotes.findInArticle(articleId, EnumSet.allOf(Publication.class)).forEach((q) -> {
			q.setStatus(Publication.PUBLISHED);
			q.getSpeaker().setStatus(Publication.PUBLISHED);
		});
	}

	/** The quote entity, for services that link it to claims. */
	@Transactional(readOnly = true)
	public Quote find(long id) {
		return this.quotes.findById(id).orElseThrow(() -> new QuoteNotFoundException(id));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	@Transactional(readOnly = true)
	public QuoteView quote(long id) {
		return this.quotes.findPublished(id, Visibility.current())
			.map(QuoteView::from)
			.orElseThrow(() -> new QuoteNotFoundException(id));
	}

	/**
	 * Which of these quotes still exist with a page the current request may see, as
	 * {@link #quote} shows it: for links to them from elsewhere, such as history.
	 */
	@Transactional(readOnly = true)
	public Set<Long> withPages(Collection<Long> ids) {
		return this.quotes.findIdsWithPages(ids, Visibility.current());
	}

	/** The article's published quotes in reading order. */
	@Transactional(readOnly = true)
	public List<QuoteView> inArticle(long articleId) {
		return this.quotes.findInArticle(articleId, Visibility.current()).stream().map(QuoteView::from).toList();
	}

	/**
	 * A person's most recent quotes, latest first; for readers, read in order from the
	 * index of what they see.
	 */
	@Transactional(readOnly = true)
	public List<QuoteView> recentBySpeaker(long personId, int limit) {
		List<Quote> found = Visibility.publishedOnly()
				? this.quotes.findListedBySpeaker(personId, Visibility.current(), Limit.of(limit))
				: this.quotes.findBySpeaker(personId, Visibility.current(), Limit.of(limit));
		return found.stream().map(QuoteView::from).toList();
	}

	@Transactional(readOnly = true)
	public long countBySpeaker(long personId) {
		return Visibility.publishedOnly() ? this.quotes.countListedBySpeaker(personId)
				: this.quotes.countBySpeaker(personId, Visibility.current());
	}

	/**
	 * Places the article's quotes in its corrected body; a quote that cannot be placed
	 * keeps its old anchor and is flagged for review, never deleted. A quote flagged
	 * before is placed only if its exact words are back in the same context, and is left
	 * out of the answer otherwise.
	 */
	@Transactional
	public List<Reanchored> reanchorInArticle(long articleId, Reanchoring reanchoring) {
		List<Quote> inArticle = this.quotes.findInArticle(articleId, EnumSet.allOf(Publication.class));
		List<Reanchored> placed = reanchoring.placeAll(inArticle);
		this.quotes.flush();
		inArticle.stream()
			.filter((q) -> placed.stream()
				.anyMatch((r) -> r.id() == q.getId() && !r.exact().equals(q.getAnchor().getExact())))
			.forEach((q) -> this.events.publishEvent(new QuoteWordsChanged(q.getId())));
		return placed;
	}

	/**
	 * Marks a quote's words again, from the version the editor saw; refused when they are
	 * not in the text.
	 */
	@Transactional
	public void anchor(long id, int version, int start, int end, String exact) {
		Quote quote = find(id);
		if (quote.getVersion() != version) {
			throw new StaleEditException("quote", QuoteView.from(quote));
		}
		Article article = this.articles.findForAnchoring(quote.getArticle().getId());
		quote.anchorAt(TextSearch.anchor(article.getBody(), start, end, exact));
		this.quotes.flush();
		this.events.publishEvent(new QuoteWordsChanged(id));
	}

	/**
	 * Changes a quote's speaker, kind, date and occasion, from the version the editor
	 * saw; a misattributed quote is fixed in place so that its evidence links stay. The
	 * database dates it anew from the date said. A date said after the article was
	 * published is refused when it is set here, not when it is kept as it was stored.
	 */
	@Transactional
	public void revise(long id, int version, QuoteRevision revision) {
		Quote quote = find(id);
		Person speaker = this.people.find(revision.speakerId());
		if (quote.getVersion() != version) {
			throw new StaleEditException("quote", QuoteView.from(quote));
		}
		if (!Objects.equals(revision.saidOn(), quote.getSaidOn())) {
			refuseSaidAfterPublication(revision.saidOn(), this.articles.findForAnchoring(quote.getArticle().getId()));
		}
		boolean moved = !Objects.equals(speaker.getId(), quote.getSpeaker().getId())
				|| revision.kind() != quote.getKind();
		quote.revise(speaker, revision.kind(), revision.saidOn(), blankToNull(revision.context()));
		if (quote.isPublished()) {
			// as when publishing an article: a published quote never leads readers to a
			// missing person
			speaker.setStatus(Publication.PUBLISHED);
		}
		this.quotes.flush();
		if (moved) {
			this.events.publishEvent(new QuoteWordsChanged(id));
		}
	}

	/** Saves a quote whose anchor has been checked against its article's body. */
	@Transactional
	public Quote add(Quote quote) {
		if (!quote.getAnchor().matches(quote.getArticle().getBody())) {
			throw new IllegalArgumentException("The quote's exact text is not at its position in the article");
		}
		Quote saved = this.quotes.save(quote);
		this.events.publishEvent(new QuoteWordsChanged(saved.getId()));
		return saved;
	}

	/**
	 * The versions of an utterance that the current request may see, earliest reported
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<QuoteView> inUtterance(long utteranceId) {
		return this.quotes.findInUtterance(utteranceId, Visibility.current()).stream().map(QuoteView::from).toList();
	}

}
