package org.claimtracker.claim;

import java.util.EnumSet;
import java.util.List;

import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleService;
import org.claimtracker.common.Publication;
import org.claimtracker.common.StaleEditException;
import org.claimtracker.common.Visibility;
import org.claimtracker.quote.Reanchored;
import org.claimtracker.quote.Reanchoring;
import org.claimtracker.quote.TextSearch;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claim appearances: the spans where an article itself asserts a claim. */
@Service
public class AppearanceService {

	private final ClaimAppearanceRepository appearances;

	private final ClaimRepository claims;

	private final ArticleService articles;

	AppearanceService(ClaimAppearanceRepository appearances, ClaimRepository claims, ArticleService articles) {
		this.appearances = appearances;
		this.claims = claims;
		this.articles = articles;
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

	/** The claim appearance, drafts and flagged ones included, for its editors. */
	@Transactional(readOnly = true)
	public AppearanceView appearance(long id) {
		return this.appearances.findById(id)
			.map(AppearanceView::from)
			.orElseThrow(() -> new ClaimNotFoundException("claim appearance", id));
	}

	/** Saves an appearance whose anchor has been checked against its article's body. */
	@Transactional
	public ClaimAppearance add(ClaimAppearance appearance) {
		if (!appearance.getAnchor().matches(appearance.getArticle().getBody())) {
			throw new IllegalArgumentException("The appearance's exact text is not at its position in the article");
		}
		return this.appearances.save(appearance);
	}

	/**
	 * Marks a span where the article itself asserts the claim; refused when the selectors
	 * do not match.
	 */
	@Transactional
	public long mark(long articleId, long claimId, int start, int end, String exact) {
		Article article = this.articles.findForAnchoring(articleId);
		Claim claim = this.claims.findById(claimId).orElseThrow(() -> new ClaimNotFoundException("claim", claimId));
		return this.appearances
			.save(new ClaimAppearance(claim, article, TextSearch.anchor(article.getBody(), start, end, exact)))
			.getId();
	}

	/**
	 * Marks an appearance's words again, from the version the editor saw; refused when
	 * they are not in the text.
	 */
	@Transactional
	public void anchor(long id, int version, int start, int end, String exact) {
		ClaimAppearance appearance = current(id, version);
		Article article = this.articles.findForAnchoring(appearance.getArticle().getId());
		appearance.anchorAt(TextSearch.anchor(article.getBody(), start, end, exact));
		this.appearances.flush();
	}

	/** Removes a claim appearance if the caller saw its current version. */
	@Transactional
	public void delete(long id, int version) {
		this.appearances.delete(current(id, version));
	}

	/**
	 * Places the article's claim appearances in its corrected body; one that cannot be
	 * placed keeps its old anchor and is flagged for review, never deleted. One flagged
	 * before is placed only if its exact words are back in the same context, and is left
	 * out of the answer otherwise.
	 */
	@Transactional
	public List<Reanchored> reanchorInArticle(long articleId, Reanchoring reanchoring) {
		return reanchoring.placeAll(this.appearances.findByArticle(articleId, EnumSet.allOf(Publication.class)));
	}

	/** Publishes the article's draft claim appearances. */
	@Transactional
	public void publishInArticle(long articleId) {
		this.appearances.findByArticle(articleId, EnumSet.allOf(Publication.class))
			.forEach((a) -> a.setStatus(Publication.PUBLISHED));
	}

	private ClaimAppearance current(long id, int version) {
		ClaimAppearance appearance = this.appearances.findById(id)
			.orElseThrow(() -> new ClaimNotFoundException("claim appearance", id));
		if (appearance.getVersion() != version) {
			throw new StaleEditException("claim appearance", AppearanceView.from(appearance));
		}
		return appearance;
	}

}
