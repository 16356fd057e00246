package org.claimtracker.claim;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claims, their topics and appearances, and the evidence that links quotes to them. */
@Service
public class ClaimService {

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

}
