package org.claimtracker.claim;

import java.util.Collection;
import java.util.List;

import org.claimtracker.common.Publication;
import org.claimtracker.common.StaleEditException;
import org.claimtracker.common.Visibility;
import org.claimtracker.quote.QuoteService;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Evidence: the links that say a quote supports or contradicts a claim. */
@Service
public class EvidenceService {

	private final EvidenceRepository evidence;

	private final ClaimRepository claims;

	private final QuoteService quotes;

	EvidenceService(EvidenceRepository evidence, ClaimRepository claims, QuoteService quotes) {
		this.evidence = evidence;
		this.claims = claims;
		this.quotes = quotes;
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

	/** The evidence on claims whose subject is one of those people, in one query. */
	@Transactional(readOnly = true)
	public List<EvidenceView> evidenceAbout(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		return this.evidence.findBySubjects(personIds, Visibility.current()).stream().map(EvidenceView::from).toList();
	}

	@Transactional(readOnly = true)
	public List<EvidenceView> recentEvidenceInTopic(String slug, int limit) {
		return this.evidence.findRecentByTopic(slug, Visibility.current(), Limit.of(limit))
			.stream()
			.map(EvidenceView::from)
			.toList();
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

	@Transactional
	public Evidence add(Evidence link) {
		return this.evidence.save(link);
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
		Evidence link = current(evidenceId, version);
		link.revise(stance, rationale.strip());
		this.evidence.flush();
		return link.getVersion();
	}

	/** Removes an evidence link if the caller saw its current version. */
	@Transactional
	public void unlink(long evidenceId, int version) {
		this.evidence.delete(current(evidenceId, version));
		this.evidence.flush();
	}

	/** Publishes the draft evidence that the article's quotes give. */
	@Transactional
	public void publishInArticle(long articleId) {
		this.evidence.findByArticle(articleId).forEach((e) -> e.setStatus(Publication.PUBLISHED));
	}

	private Evidence current(long evidenceId, int version) {
		Evidence link = this.evidence.findById(evidenceId)
			.orElseThrow(() -> new ClaimNotFoundException("evidence", evidenceId));
		if (link.getVersion() != version) {
			throw new StaleEditException("evidence link", EvidenceView.from(link));
		}
		return link;
	}

}
