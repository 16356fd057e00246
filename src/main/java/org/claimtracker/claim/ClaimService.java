package org.claimtracker.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleService;
import org.claimtracker.common.StaleEditException;
import org.claimtracker.quote.Reanchored;
import org.claimtracker.quote.Reanchoring;
import org.claimtracker.quote.TextSearch;
import org.claimtracker.person.Person;
import org.claimtracker.person.PersonService;
import org.claimtracker.quote.QuoteService;
import org.jspecify.annotations.Nullable;

import org.claimtracker.common.Publication;
import org.claimtracker.common.Visibility;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claims, their topics and appearances, and the evidence that links quotes to them. */
@Service
public class ClaimService {

	/** How many claims an editor is offered to pick from at once. */
	public static final int TO_PICK = 100;

	private final ClaimRepository claims;

	private final ClaimAppearanceRepository appearances;

	private final EvidenceRepository evidence;

	private final TopicRepository topics;

	private final QuoteService quotes;

	private final PersonService people;

	private final ArticleService articles;

	ClaimService(ClaimRepository claims, ClaimAppearanceRepository appearances, EvidenceRepository evidence,
			TopicRepository topics, QuoteService quotes, PersonService people, ArticleService articles) {
		this.claims = claims;
		this.appearances = appearances;
		this.evidence = evidence;
		this.topics = topics;
		this.quotes = quotes;
		this.people = people;
		this.articles = articles;
	}

	@Transactional(readOnly = true)
	public ClaimView claim(long id) {
		return this.claims.findPublished(id, Visibility.current())
			.map(ClaimView::from)
			.orElseThrow(() -> new ClaimNotFoundException("claim", id));
	}

	/** Published claims matching the filter, each with its evidence balance. */
	@Transactional(readOnly = true)
	public List<ClaimSummary> claims(ClaimFilter filter) {
		return withTopics(
				this.claims.findCounts(Visibility.current(), filter.topic(), filter.kind(), filter.subjectId()));
	}

	/** One page of the claims the filter finds. */
	@Transactional(readOnly = true)
	public Page<ClaimSummary> claims(ClaimFilter filter, Pageable page) {
		Page<ClaimCount> counts = this.claims.findCounts(Visibility.current(), filter.topic(), filter.kind(),
				filter.subjectId(), page);
		return new PageImpl<>(withTopics(counts.getContent()), page, counts.getTotalElements());
	}

	/** Published claims whose subject is one of those people. */
	@Transactional(readOnly = true)
	public List<ClaimSummary> claimsAbout(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		return withTopics(this.claims.findCountsAbout(personIds, Visibility.current()));
	}

	/** The claims with the most evidence. */
	@Transactional(readOnly = true)
	public List<ClaimSummary> mostEvidenced(int limit) {
		List<Long> ids = this.claims.findMostEvidencedIds(Visibility.current(), Limit.of(limit));
		if (ids.isEmpty()) {
			return List.of();
		}
		List<ClaimCount> counts = new ArrayList<>(this.claims.findCountsOf(ids, Visibility.current()));
		counts.sort(Comparator.comparingInt((ClaimCount c) -> ids.indexOf(c.id())));
		return withTopics(counts);
	}

	@Transactional(readOnly = true)
	public List<EvidenceView> evidenceFor(long claimId) {
		return this.evidence.findByClaim(claimId, Visibility.current()).stream().map(EvidenceView::from).toList();
	}

	/** The evidence those quotes give, for any claim. */
	@Transactional(readOnly = true)
	public List<EvidenceView> evidenceOfQuotes(Collection<Long> quoteIds) {
		if (quoteIds.isEmpty()) {
			return List.of();
		}
		return this.evidence.findByQuotes(quoteIds, Visibility.current()).stream().map(EvidenceView::from).toList();
	}

	/** The evidence on claims whose subject is that person. */
	@Transactional(readOnly = true)
	public List<EvidenceView> evidenceAbout(long personId) {
		return this.evidence.findBySubject(personId, Visibility.current()).stream().map(EvidenceView::from).toList();
	}

	@Transactional(readOnly = true)
	public List<EvidenceView> recentEvidenceInTopic(String slug, int limit) {
		return this.evidence.findRecentByTopic(slug, Visibility.current(), Limit.of(limit))
			.stream()
			.map(EvidenceView::from)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<AppearanceView> appearancesOf(long claimId) {
		return this.appearances.findByClaim(claimId, Visibility.current()).stream().map(AppearanceView::from).toList();
	}

	@Transactional(readOnly = true)
	public List<AppearanceView> appearancesIn(long articleId) {
		return this.appearances.findByArticle(articleId, Visibility.current())
			.stream()
			.map(AppearanceView::from)
			.toList();
	}

	@Transactional(readOnly = true)
	public TopicView topic(String slug) {
		return this.topics.findBySlugAndStatusIn(slug, Visibility.current())
			.map(TopicView::from)
			.orElseThrow(() -> new ClaimNotFoundException("topic", slug));
	}

	/**
	 * The ids of the people quoted or written about in claims, in what the current
	 * request sees: the people a claim list is worth narrowing to.
	 */
	@Transactional(readOnly = true)
	public Set<Long> quotedOrSubjectIds() {
		return this.claims.findQuotedOrSubjectIds(Visibility.current());
	}

	@Transactional(readOnly = true)
	public List<TopicView> topics() {
		return this.topics.findByStatusInOrderByName(Visibility.current()).stream().map(TopicView::from).toList();
	}

	@Transactional
	public Topic add(Topic topic) {
		return this.topics.save(topic);
	}

	@Transactional
	public Claim add(Claim claim) {
		return this.claims.save(claim);
	}

	/** Saves an appearance whose anchor has been checked against its article's body. */
	@Transactional
	public ClaimAppearance add(ClaimAppearance appearance) {
		if (!appearance.getAnchor().matches(appearance.getArticle().getBody())) {
			throw new IllegalArgumentException("The appearance's exact text is not at its position in the article");
		}
		return this.appearances.save(appearance);
	}

	@Transactional
	public Evidence add(Evidence link) {
		return this.evidence.save(link);
	}

	/** Writes a new draft claim. */
	@Transactional
	public long create(ClaimDraft draft) {
		Claim claim = new Claim(draft.statement().strip(), draft.kind(), subject(draft), topics(draft));
		return this.claims.save(claim).getId();
	}

	/**
	 * Revises a claim from the version the editor saw; a newer version in the database
	 * means someone else saved first, and nothing changes. Answers the claim's new
	 * version.
	 */
	@Transactional
	public int update(long id, int version, ClaimDraft draft) {
		Claim claim = this.claims.findById(id).orElseThrow(() -> new ClaimNotFoundException("claim", id));
		if (claim.getVersion() != version) {
			throw new StaleEditException("claim", ClaimView.from(claim));
		}
		claim.revise(draft.statement().strip(), draft.kind(), subject(draft), topics(draft));
		this.claims.flush();
		return claim.getVersion();
	}

	/**
	 * Publishes the claim and its subject if still in draft, so that readers can follow
	 * it to them.
	 */
	@Transactional
	public void publish(long id) {
		Claim claim = this.claims.findById(id).orElseThrow(() -> new ClaimNotFoundException("claim", id));
		claim.setStatus(Publication.PUBLISHED);
		if (claim.getSubject() != null) {
			claim.getSubject().setStatus(Publication.PUBLISHED);
		}
	}

	/** Links a quote to a claim as a draft; a pair already linked is refused. */
	@Transactional
	public long link(long quoteId, long claimId, Stance stance, String rationale) {
		if (this.evidence.existsByQuoteIdAndClaimId(quoteId, claimId)) {
			throw new DuplicateEvidenceException();
		}
		Claim claim = this.claims.findById(claimId).orElseThrow(() -> new ClaimNotFoundException("claim", claimId));
		return this.evidence.save(new Evidence(this.quotes.find(quoteId), claim, stance, rationale.strip())).getId();
	}

	/**
	 * Revises a link's stance and rationale from the version the editor saw; answers the
	 * new version.
	 */
	@Transactional
	public int revise(long evidenceId, int version, Stance stance, String rationale) {
		Evidence link = this.evidence.findById(evidenceId)
			.orElseThrow(() -> new ClaimNotFoundException("evidence", evidenceId));
		if (link.getVersion() != version) {
			throw new StaleEditException("evidence link", EvidenceView.from(link));
		}
		link.revise(stance, rationale.strip());
		this.evidence.flush();
		return link.getVersion();
	}

	/** Removes an evidence link if the caller saw its current version. */
	@Transactional
	public void unlink(long evidenceId, int version) {
		Evidence link = this.evidence.findById(evidenceId)
			.orElseThrow(() -> new ClaimNotFoundException("evidence", evidenceId));
		if (link.getVersion() != version) {
			throw new StaleEditException("evidence link", EvidenceView.from(link));
		}
		this.evidence.delete(link);
		this.evidence.flush();
	}

	/**
	 * Deletes a claim (with its appearances and evidence) if the caller saw its current
	 * version.
	 */
	@Transactional
	public void delete(long id, int version) {
		Claim claim = this.claims.findById(id).orElseThrow(() -> new ClaimNotFoundException("claim", id));
		if (claim.getVersion() != version) {
			throw new StaleEditException("claim", ClaimView.from(claim));
		}
		this.evidence.deleteAll(this.evidence.findAllByClaimId(id));
		this.appearances.deleteAll(this.appearances.findAllByClaimId(id));
		this.claims.delete(claim);
	}

	/**
	 * What deleting the claim would take with it, drafts and flagged appearances
	 * included, as {@link #delete} does.
	 */
	@Transactional(readOnly = true)
	public ClaimDeletion deletion(long id) {
		return new ClaimDeletion(this.evidence.countByClaimId(id), this.appearances.countByClaimId(id));
	}

	/** The evidence link, drafts included, for the API's ETag. */
	@Transactional(readOnly = true)
	public EvidenceView evidence(long id) {
		return this.evidence.findById(id)
			.map(EvidenceView::from)
			.orElseThrow(() -> new ClaimNotFoundException("evidence", id));
	}

	/**
	 * The evidence link of that quote, drafts included; a link of another quote is not
	 * found, so that an editor's form for one quote cannot change another's links.
	 */
	@Transactional(readOnly = true)
	public EvidenceView evidenceOf(long quoteId, long evidenceId) {
		return this.evidence.findByIdAndQuoteId(evidenceId, quoteId)
			.map(EvidenceView::from)
			.orElseThrow(() -> new ClaimNotFoundException("evidence", evidenceId));
	}

	/**
	 * Marks a span where the article itself asserts the claim; refused when the selectors
	 * do not match.
	 */
	@Transactional
	public long addAppearance(long articleId, long claimId, int start, int end, String exact) {
		Article article = this.articles.findForAnchoring(articleId);
		Claim claim = this.claims.findById(claimId).orElseThrow(() -> new ClaimNotFoundException("claim", claimId));
		return this.appearances
			.save(new ClaimAppearance(claim, article, TextSearch.anchor(article.getBody(), start, end, exact)))
			.getId();
	}

	/**
	 * Places the article's claim appearances in its corrected body; one that cannot be
	 * placed keeps its old anchor and is flagged for review, never deleted. One flagged
	 * before is placed only if its exact words are back in the same context, and is left
	 * out of the answer otherwise.
	 */
	@Transactional
	public List<Reanchored> reanchorAppearancesInArticle(long articleId, Reanchoring reanchoring) {
		return reanchoring.placeAll(this.appearances.findByArticle(articleId, EnumSet.allOf(Publication.class)));
	}

	/**
	 * Marks an appearance's words again, from the version the editor saw; refused when
	 * they are not in the text.
	 */
	@Transactional
	public void anchorAppearance(long id, int version, int start, int end, String exact) {
		ClaimAppearance appearance = current(id, version);
		Article article = this.articles.findForAnchoring(appearance.getArticle().getId());
		appearance.anchorAt(TextSearch.anchor(article.getBody(), start, end, exact));
		this.appearances.flush();
	}

	/** Removes a claim appearance if the caller saw its current version. */
	@Transactional
	public void deleteAppearance(long id, int version) {
		this.appearances.delete(current(id, version));
	}

	/** The claim appearance, drafts and flagged ones included, for its editors. */
	@Transactional(readOnly = true)
	public AppearanceView appearance(long id) {
		return this.appearances.findById(id)
			.map(AppearanceView::from)
			.orElseThrow(() -> new ClaimNotFoundException("claim appearance", id));
	}

	private ClaimAppearance current(long id, int version) {
		ClaimAppearance appearance = this.appearances.findById(id)
			.orElseThrow(() -> new ClaimNotFoundException("claim appearance", id));
		if (appearance.getVersion() != version) {
			throw new StaleEditException("claim appearance", AppearanceView.from(appearance));
		}
		return appearance;
	}

	/** Publishes the draft evidence that the article's quotes give. */
	@Transactional
	public void publishEvidenceInArticle(long articleId) {
		this.evidence.findByArticle(articleId).forEach((e) -> e.setStatus(Publication.PUBLISHED));
		this.appearances.findByArticle(articleId, EnumSet.allOf(Publication.class))
			.forEach((a) -> a.setStatus(Publication.PUBLISHED));
	}

	/**
	 * Claims for an editor to pick from, drafts included: those whose statement holds the
	 * words, or else the newest; up to {@value #TO_PICK}, and the one already chosen
	 * whatever the rest.
	 */
	@Transactional(readOnly = true)
	public List<ClaimSummary> claimsToPick(@Nullable String words, @Nullable Long chosen) {
		Set<Publication> every = EnumSet.allOf(Publication.class);
		List<ClaimCount> found = new ArrayList<>(
				(words == null || words.isBlank()) ? this.claims.findNewestCounts(every, Limit.of(TO_PICK))
						: this.claims.findCountsLike(likePattern(words), every, Limit.of(TO_PICK)));
		if (chosen != null && found.stream().noneMatch((c) -> c.id() == chosen)) {
			found.addAll(0, this.claims.findCountsOf(List.of(chosen), every));
		}
		return withTopics(found);
	}

	/**
	 * The words anywhere in a statement, case aside, with {@code like}'s own characters
	 * taken as they are.
	 */
	static String likePattern(String words) {
		String escaped = words.strip()
			.toLowerCase(Locale.ROOT)
			.replace("!", "!!")
			.replace("%", "!%")
			.replace("_", "!_");
		return "%" + escaped + "%";
	}

	/** The newest claims, drafts included. */
	@Transactional(readOnly = true)
	public List<ClaimSummary> newestClaims(int limit) {
		return withTopics(this.claims.findNewestCounts(EnumSet.allOf(Publication.class), Limit.of(limit)));
	}

	private @Nullable Person subject(ClaimDraft draft) {
		return (draft.subjectId() != null) ? this.people.find(draft.subjectId()) : null;
	}

	/**
	 * The draft's topics; an id that names none is refused like an unknown subject, not
	 * dropped.
	 */
	private Set<Topic> topics(ClaimDraft draft) {
		Set<Topic> found = new LinkedHashSet<>(this.topics.findAllById(draft.topicIds()));
		Set<Long> unknown = new HashSet<>(draft.topicIds());
		found.forEach((topic) -> unknown.remove(topic.getId()));
		if (!unknown.isEmpty()) {
			throw new ClaimNotFoundException("topic", unknown.iterator().next());
		}
		return found;
	}

	private List<ClaimSummary> withTopics(List<ClaimCount> counts) {
		Map<Long, List<TopicView>> topicsByClaim = new HashMap<>();
		if (!counts.isEmpty()) {
			for (Object[] row : this.claims.findTopics(counts.stream().map(ClaimCount::id).toList(),
					Visibility.current())) {
				topicsByClaim.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>())
					.add(TopicView.from((Topic) row[1]));
			}
		}
		return counts.stream()
			.map((c) -> new ClaimSummary(c.id(), c.statement(), c.kind(), c.subjectId(), c.subject(),
					topicsByClaim.getOrDefault(c.id(), List.of()), new Balance(c.supports(), c.contradicts()),
					c.status() == Publication.DRAFT))
			.toList();
	}

}
