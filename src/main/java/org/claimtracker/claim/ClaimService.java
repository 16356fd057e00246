package org.claimtracker.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimtracker.common.MovedException;
import org.claimtracker.common.Publication;
import org.claimtracker.common.StaleEditException;
import org.claimtracker.common.UnknownFilterException;
import org.claimtracker.common.Visibility;
import org.claimtracker.person.Person;
import org.claimtracker.person.PersonService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims: the lists readers narrow, and writing, publishing and deleting them. Their
 * evidence, appearances and topics have services of their own.
 */
@Service
public class ClaimService {

	private final ClaimRepository claims;

	private final ClaimAppearanceRepository appearances;

	private final EvidenceRepository evidence;

	private final TopicRepository topics;

	private final PersonService people;

	private final ClaimSummaries summaries;

	private final RatingService ratings;

	/** How long the words to find in statements may be. */
	public static final int MAX_WORDS = 500;

	private final ClaimSearch search;

	private final ClaimMergeRepository merges;

	ClaimService(ClaimRepository claims, ClaimAppearanceRepository appearances, EvidenceRepository evidence,
			TopicRepository topics, PersonService people, ClaimSummaries summaries, RatingService ratings,
			ClaimSearch search, ClaimMergeRepository merges) {
		this.merges = merges;
		this.search = search;
		this.claims = claims;
		this.appearances = appearances;
		this.evidence = evidence;
		this.topics = topics;
		this.people = people;
		this.summaries = summaries;
		this.ratings = ratings;
	}

	@Transactional(readOnly = true)
	public ClaimView claim(long id) {
		return this.claims.findPublished(id, Visibility.current()).map(ClaimView::from).orElseThrow(() -> missing(id));
	}

	/** Who wrote the claim and last changed it, when, for those who may see it. */
	@Transactional(readOnly = true)
	public ClaimByline byline(long id) {
		return this.claims.findPublished(id, Visibility.current())
			.map(ClaimByline::from)
			.orElseThrow(() -> missing(id));
	}

	/**
	 * Why no claim answers to the id: it was merged into another, whose address answers
	 * instead, or it is not there (or not published).
	 */
	private RuntimeException missing(long id) {
		return this.merges.findByMergedId(id)
			.<RuntimeException>map((m) -> new MovedException("claim", id, m.getKeptId()))
			.orElseGet(() -> new ClaimNotFoundException("claim", id));
	}

	/**
	 * The filter a reader asked for: a topic in any case, none when blank. A topic or
	 * subject that names nothing the reader can see is refused, since it would show no
	 * claims as if there were none.
	 */
	@Transactional(readOnly = true)
	public ClaimFilter filter(@Nullable String topic, @Nullable ClaimKind kind, @Nullable Long subject) {
		return filter(topic, kind, subject, null, null);
	}

	/**
	 * The same, with the words a statement must have (none when blank; at most
	 * {@value #MAX_WORDS} characters) and the order asked.
	 */
	@Transactional(readOnly = true)
	public ClaimFilter filter(@Nullable String topic, @Nullable ClaimKind kind, @Nullable Long subject,
			@Nullable String words, @Nullable ClaimSort sort) {
		String asked = (words == null || words.isBlank()) ? null : words.strip();
		if (asked != null && asked.length() > MAX_WORDS) {
			throw new UnknownFilterException("q", "Words to find are at most " + MAX_WORDS + " characters");
		}
		String slug = (topic == null || topic.isBlank()) ? null : topic.strip().toLowerCase(Locale.ROOT);
		if (slug != null && !this.topics.existsBySlugAndStatusIn(slug, Visibility.current())) {
			throw new UnknownFilterException("topic", "There is no topic '" + topic.strip() + "'");
		}
		if (subject != null && !this.people.exists(subject)) {
			throw new UnknownFilterException("subject", "There is no person " + subject);
		}
		return new ClaimFilter(slug, kind, subject, asked, sort);
	}

	/** Published claims matching the filter, each with its evidence balance. */
	@Transactional(readOnly = true)
	public List<ClaimSummary> claims(ClaimFilter filter) {
		return this.summaries
			.of(this.claims.findCounts(Visibility.current(), filter.topic(), filter.kind(), filter.subjectId()));
	}

	/** One page of the claims the filter finds. */
	@Transactional(readOnly = true)
	public Page<ClaimSummary> claims(ClaimFilter filter, Pageable page) {
		if (filter.searches()) {
			Page<Long> ids = this.search.ids(filter, Visibility.current(), page);
			List<ClaimCount> counts = new ArrayList<>(
					ids.isEmpty() ? List.of() : this.claims.findCountsOf(ids.getContent(), Visibility.current()));
			counts.sort(Comparator.comparingInt((ClaimCount c) -> ids.getContent().indexOf(c.id())));
			return new PageImpl<>(this.summaries.of(counts), page, ids.getTotalElements());
		}
		Page<ClaimCount> counts = this.claims.findCounts(Visibility.current(), filter.topic(), filter.kind(),
				filter.subjectId(), page);
		return new PageImpl<>(this.summaries.of(counts.getContent()), page, counts.getTotalElements());
	}

	/** Published claims whose subject is one of those people. */
	@Transactional(readOnly = true)
	public List<ClaimSummary> claimsAbout(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		return this.summaries.of(this.claims.findCountsAbout(personIds, Visibility.current()));
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
		return this.summaries.of(counts);
	}

	/** The newest claims, drafts included. */
	@Transactional(readOnly = true)
	public List<ClaimSummary> newestClaims(int limit) {
		return this.summaries.of(this.claims.findNewestCounts(EnumSet.allOf(Publication.class), Limit.of(limit)));
	}

	/**
	 * The ids of the people quoted or written about in claims, in what the current
	 * request sees: the people a claim list is worth narrowing to.
	 */
	@Transactional(readOnly = true)
	public Set<Long> quotedOrSubjectIds() {
		return this.claims.findQuotedOrSubjectIds(Visibility.current());
	}

	@Transactional
	public Claim add(Claim claim) {
		return this.claims.save(claim);
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
		Claim claim = current(id, version);
		claim.revise(draft.statement().strip(), draft.kind(), subject(draft), topics(draft));
		this.claims.flush();
		return claim.getVersion();
	}

	/**
	 * Publishes the claim and its subject if still in draft, so that readers can follow
	 * it to them, and its ratings.
	 */
	@Transactional
	public void publish(long id) {
		Claim claim = this.claims.findById(id).orElseThrow(() -> new ClaimNotFoundException("claim", id));
		claim.setStatus(Publication.PUBLISHED);
		if (claim.getSubject() != null) {
			claim.getSubject().setStatus(Publication.PUBLISHED);
		}
		this.ratings.publishOf(id);
	}

	/**
	 * Deletes a claim (with its appearances, evidence and ratings) if the caller saw its
	 * current version.
	 */
	@Transactional
	public void delete(long id, int version) {
		Claim claim = current(id, version);
		this.evidence.deleteAll(this.evidence.findAllByClaimId(id));
		this.appearances.deleteAll(this.appearances.findAllByClaimId(id));
		this.ratings.deleteOf(id);
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

	private Claim current(long id, int version) {
		Claim claim = this.claims.findById(id).orElseThrow(() -> new ClaimNotFoundException("claim", id));
		if (claim.getVersion() != version) {
			throw new StaleEditException("claim", ClaimView.from(claim));
		}
		return claim;
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

}
