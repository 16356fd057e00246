package org.claimtracker.article;

import java.time.LocalDate;
import java.util.List;

import org.claimtracker.common.CurrentEditor;
import org.claimtracker.common.Publication;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Articles and their outlets: what readers see of them, and how they come in. */
@Service
public class ArticleService {

	private final ArticleRepository articles;

	private final ArticleRevisionRepository revisions;

	private final OutletRepository outlets;

	ArticleService(ArticleRepository articles, ArticleRevisionRepository revisions, OutletRepository outlets) {
		this.articles = articles;
		this.revisions = revisions;
		this.outlets = outlets;
	}

	/** A page of published articles, latest first, of one outlet or all. */
	@Transactional(readOnly = true)
	public Page<ArticleSummary> articles(@Nullable Long outletId, Pageable page) {
		return this.articles.findSummaries(Publication.PUBLISHED, outletId, page);
	}

	@Transactional(readOnly = true)
	public ArticleView article(long id) {
		return this.articles.findWithOutlet(id, Publication.PUBLISHED)
			.map(ArticleView::from)
			.orElseThrow(() -> new ArticleNotFoundException(id));
	}

	/** The outlets that have published articles. */
	@Transactional(readOnly = true)
	public List<OutletView> outlets() {
		return this.articles.findOutlets(Publication.PUBLISHED);
	}

	@Transactional(readOnly = true)
	public boolean existsByUrl(String url) {
		return this.articles.existsByUrl(url);
	}

	/** The outlet of that name, created when there is none yet. */
	@Transactional
	public Outlet outletNamed(String name, Publication status) {
		return this.outlets.findByName(name).orElseGet(() -> {
			Outlet outlet = new Outlet(name, null);
			outlet.setStatus(status);
			return this.outlets.save(outlet);
		});
	}

	/** Adds an article with its first body revision. */
	@Transactional
	public Article add(Outlet outlet, String title, @Nullable String byline, LocalDate publishedOn, String url,
			String body, Publication status) {
		Article article = new Article(outlet, title, byline, publishedOn, url, body);
		article.setStatus(status);
		this.articles.save(article);
		this.revisions.save(new ArticleRevision(article, article.getBodyRevision(), body, CurrentEditor.name()));
		return article;
	}

}
