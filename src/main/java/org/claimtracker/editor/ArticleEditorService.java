package org.claimtracker.editor;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.claimtracker.article.ArticleService;
import org.claimtracker.claim.AppearanceService;
import org.claimtracker.claim.EvidenceService;
import org.claimtracker.claim.EvidenceView;
import org.claimtracker.person.PersonService;
import org.claimtracker.person.PersonView;
import org.claimtracker.quote.NewQuote;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.QuoteService;
import org.claimtracker.quote.QuoteView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor's changes to an article that reach into other features' rows, each in one
 * transaction: a failure in any of their steps leaves none of the others saved.
 */
@Service
class ArticleEditorService {

	private final ArticleService articles;

	private final QuoteService quotes;

	private final EvidenceService evidence;

	private final AppearanceService appearances;

	private final PersonService people;

	ArticleEditorService(ArticleService articles, QuoteService quotes, EvidenceService evidence,
			AppearanceService appearances, PersonService people) {
		this.articles = articles;
		this.quotes = quotes;
		this.evidence = evidence;
		this.appearances = appearances;
		this.people = people;
	}

	/**
	 * A quote to mark in an article, said by a person in the list ({@code personId}) or
	 * by a new one the editor names.
	 */
	record Marking(int start, int end, String exact, QuoteKind kind, @Nullable LocalDate saidOn,
			@Nullable String context, @Nullable Long personId, @Nullable String newName, @Nullable String newParty) {

	}

	/**
	 * Marks a draft quote, adding its speaker as a draft person when new; a quote refused
	 * (such as one said after the article was published) adds no one.
	 */
	@Transactional
	public long markQuote(long articleId, Marking marking) {
		Long speaker = marking.personId();
		if (speaker == null) {
			speaker = this.people.speakerNamed(Objects.requireNonNull(marking.newName()), marking.newParty()).getId();
		}
		return this.quotes.create(new NewQuote(articleId, speaker, marking.kind(), marking.saidOn(), marking.context(),
				marking.start(), marking.end(), marking.exact()));
	}

	/**
	 * What publishing the article takes with it that an editor may want to see to first:
	 * whether it is already published, its quotes linked to no claim, and the people
	 * still drafts that it publishes as the speakers of its quotes.
	 */
	record Checklist(boolean published, int quotes, List<QuoteView> withoutEvidence, List<PersonView> draftPeople) {

	}

	@Transactional(readOnly = true)
	public Checklist checklist(long articleId) {
		boolean published = this.articles.find(articleId).isPublished();
		List<QuoteView> inArticle = this.quotes.inArticle(articleId);
		Set<Long> withEvidence = new HashSet<>();
		for (EvidenceView link : this.evidence.evidenceOfQuotes(inArticle.stream().map(QuoteView::id).toList())) {
			withEvidence.add(link.quote().id());
		}
		Set<Long> speakers = new HashSet<>();
		for (QuoteView quote : inArticle) {
			speakers.add(quote.speakerId());
		}
		List<PersonView> draftPeople = this.people.everyone()
			.stream()
			.filter((person) -> person.draft() && speakers.contains(person.id()))
			.toList();
		return new Checklist(published, inArticle.size(),
				inArticle.stream().filter((quote) -> !withEvidence.contains(quote.id())).toList(), draftPeople);
	}

	/**
	 * Publishes the article with its quotes, their speakers still in draft, their
	 * evidence and its claim appearances: all of them or, when one cannot be, none.
	 */
	@Transactional
	public void publish(long articleId) {
		this.articles.publish(articleId);
		this.quotes.publishInArticle(articleId);
		this.evidence.publishInArticle(articleId);
		this.appearances.publishInArticle(articleId);
	}

}
