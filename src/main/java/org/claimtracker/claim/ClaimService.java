package org.claimtracker.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimtracker.common.Publication;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claims, their topics and appearances, and the evidence that links quotes to them. */
@Service
public class ClaimService {

	private static final Publication PUBLISHED = Publication.PUBLISHED;

	private final ClaimRepository claims;

	private final ClaimAppearanceRepository appearances;

	private final EvidenceRepository evidence;

	private final TopicRepository topics;

	ClaimService(ClaimRepository claims, ClaimAppearanceRepository appearances, EvidenceRepository evidence,
			TopicRepository topics) {
		this.claims = claims;
		this.appearances = appearances;
		this.evidence = evidence;
		this.topics = topics;
	}

	@Transactional(readOnly = true)
	public ClaimView claim(long id) {
		return this.claims.findPublished(id, PUBLISHED)
			.map(ClaimView::from)
			.orElseThrow(() -> new ClaimNotFoundException("claim", id));
	}

	/** Published claims matching the filter, each with its evidence balance. */
	@Transactional(readOnly = true)
	public List<ClaimSummary> claims(ClaimFilter filter) {
		return withTopics(this.claims.findCounts(PUBLISHED, filter.topic(), filter.kind(), filter.subjectId()));
	}

	/** Published claims whose subject is one of those people. */
	@Transactional(readOnly = true)
	public List<ClaimSummary> claimsAbout(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		return withTopics(this.claims.findCountsAbout(personIds, PUBLISHED));
	}

	/** The claims with the most evidence. */
	@Transactional(readOnly = true)
	public List<ClaimSummary> mostEvidenced(int limit) {
		return withTopics(this.claims.findMostEvidenced(PUBLISHED, null, null, null, Limit.of(limit)));
	}

	@Transactional(readOnly = true)
	public List<EvidenceView> evidenceFor(long claimId) {
		return this.evidence.findByClaim(claimId, PUBLISHED).stream().map(EvidenceView::from).toList();
	}

	/** The evidence those quotes give, for any claim. */
	@Transactional(readOnly = true)
	public List<EvidenceView> evidenceOfQuotes(Collection<Long> quoteIds) {
		if (quoteIds.isEmpty()) {
			return List.of();
		}
		return this.evidence.findByQuotes(quoteIds, PUBLISHED).stream().map(EvidenceView::from).toList();
	}

	/** The evidence on claims whose subject is that person. */
	@Transactional(readOnly = true)
	public List<EvidenceView> evidenceAbout(long personId) {
		return this.evidence.findBySubject(personId, PUBLISHED).stream().map(EvidenceView::from).toList();
	}

	@Transactional(readOnly = true)
	public List<EvidenceView> evidenceInTopic(String slug) {
		return this.evidence.findByTopic(slug, PUBLISHED).stream().map(EvidenceView::from).toList();
	}

	@Transactional(readOnly = true)
	public List<AppearanceView> appearancesOf(long claimId) {
		return this.appearances.findByClaim(claimId, PUBLISHED).stream().map(AppearanceView::from).toList();
	}

	@Transactional(readOnly = true)
	public List<AppearanceView> appearancesIn(long articleId) {
		return this.appearances.findByArticle(articleId, PUBLISHED).stream().map(AppearanceView::from).toList();
	}

	@Transactional(readOnly = true)
	public TopicView topic(String slug) {
		return this.topics.findBySlugAndStatus(slug, PUBLISHED)
			.map(TopicView::from)
			.orElseThrow(() -> new ClaimNotFoundException("topic", slug));
	}

	@Transactional(readOnly = true)
	public List<TopicView> topics() {
		return this.topics.findByStatusOrderByName(PUBLISHED).stream().map(TopicView::from).toList();
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

	private List<ClaimSummary> withTopics(List<ClaimCount> counts) {
		Map<Long, List<TopicView>> topicsByClaim = new HashMap<>();
		if (!counts.isEmpty()) {
			for (Object[] row : this.claims.findTopics(counts.stream().map(ClaimCount::id).toList(), PUBLISHED)) {
				topicsByClaim.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>()).add(TopicView.from((Topic) row[1]));
			}
		}
		return counts.stream()
			.map((c) -> new ClaimSummary(c.id(), c.statement(), c.kind(), c.subjectId(), c.subject(),
					topicsByClaim.getOrDefault(c.id(), List.of()), new Balance(c.supports(), c.contradicts())))
			.toList();
	}

}
