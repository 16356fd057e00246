package org.claimtracker.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.claimtracker.common.CurrentEditor;
import org.claimtracker.common.Names;
import org.claimtracker.common.Publication;
import org.claimtracker.common.StaleEditException;
import org.claimtracker.common.UnknownFilterException;
import org.claimtracker.common.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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

	private final ApplicationEventPublisher events;

	ArticleService(ArticleRepository articles, ArticleRevisionRepository revisions, OutletRepository outlets,
			ApplicationEventPublisher events) {
		this.articles = articles;
		this.revisions = revisions;
		this.outlets = outlets;
		this.events = events;
	}

	/** A page of published articles, latest first, of one outlet or all. */
	@Transactional(readOnly = true)
	public Page<ArticleSummary> articles(@Nullable Long outletId, Pageable page) {
		return this.articles.findSummaries(Visibility.current(), outletId, page);
	}

	@Transactional(readOnly = true)
	public ArticleView article(long id) {
		return this.articles.findWithOutlet(id, Visibility.current())
			.map(ArticleView::from)
			.orElseThrow(() -> new ArticleNotFoundException(id));
	}

	/** The outlets that have published articles. */
	@Transactional(readOnly = true)
	public List<OutletView> outlets() {
		return this.articles.findOutlets(Visibility.current());
	}

	/**
	 * A page of the outlets the current request sees articles of, by name; an outlet
	 * known only from drafts is no outlet to readers.
	 */
	@Transactional(readOnly = true)
	public Page<OutletName> outlets(Pageable page) {
		return this.articles.findOutletsSeen(Visibility.current(), page);
	}

	/**
	 * The outlet a reader names, by id or by name in any case and spacing, among those of
	 * {@link #outlets(Pageable)}; empty when there is none.
	 */
	@Transactional(readOnly = true)
	public Optional<OutletName> outletNamed(String given) {
		return this.articles.findOutletsSeenNamed(Names.tidy(given), Visibility.current()).stream().findFirst();
	}

	/**
	 * Refuses an outlet to narrow the article list to that has no article the reader can
	 * see, since the list would show none as if it had none.
	 */
	@Transactional(readOnly = true)
	public void checkOutletFilter(@Nullable Long outletId) {
		if (outletId != null && !this.articles.existsByOutletIdAndStatusIn(outletId, Visibility.current())) {
			throw new UnknownFilterException("outlet", "There is no outlet " + outletId);
		}
	}

	@Transactional(readOnly = true)
	public boolean existsByUrl(String url) {
		return this.articles.existsByUrl(url);
	}

	/** The article at this address, drafts included. */
	@Transactional(readOnly = true)
	public Optional<Article> findByUrl(String url) {
		return this.articles.findIdByUrl(url).flatMap(this.articles::findById);
	}

	/** The article entity, for services that attach quotes and appearances to it. */
	@Transactional(readOnly = true)
	public Article find(long id) {
		return this.articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id));
	}

	/**
	 * The article entity, for services that anchor a span in its body: a correction of
	 * the body waits until their transaction ends, and they wait for one under way, so no
	 * span is checked against a body that is being replaced.
	 */
	@Transactional
	public Article findForAnchoring(long id) {
		return this.articles.findForAnchoring(id).orElseThrow(() -> new ArticleNotFoundException(id));
	}

	/** Adds an editor's article as a draft; a URL already in the database is refused. */
	@Transactional
	public long create(NewArticle article) {
		this.articles.findIdByUrl(article.url()).ifPresent((id) -> {
			throw new DuplicateArticleException(id);
		});
		Outlet outlet = outletNamed(article.outlet(), Publication.PUBLISHED);
		return add(outlet, article.title(), article.byline(), article.publishedOn(), article.url(), article.body(),
				Publication.DRAFT)
			.getId();
	}

	@Transactional
	public void publish(long id) {
		find(id).setStatus(Publication.PUBLISHED);
	}

	/**
	 * The outlet of that name, in any case and spacing ("breitbart news" is Breitbart
	 * News), created when there is none yet.
	 */
	@Transactional
	public Outlet outletNamed(String given, Publication status) {
		String name = Names.tidy(given);
		return this.outlets.findFirstByNameIgnoreCaseOrderById(name).orElseGet(() -> {
			Outlet outlet = new Outlet(name, null);
			outlet.setStatus(status);
			return this.outlets.save(outlet);
		});
	}

	/**
	 * Revises an article's title, outlet, byline, date and address from the version the
	 * editor saw; an address another article has is refused, and so is a date that what
	 * the article dates refuses (see {@link ArticleRedating}). Its quotes without a date
	 * of their own follow the new date. Answers the article's new version.
	 */
	@Transactional
	public int revise(long id, int version, ArticleDetails details) {
		Article article = this.articles.findForChange(id).orElseThrow(() -> new ArticleNotFoundException(id));
		if (article.getVersion() != version) {
			throw new StaleEditException("article", ArticleView.from(article));
		}
		this.articles.findIdByUrl(details.url()).filter((other) -> other != id).ifPresent((other) -> {
			throw new DuplicateArticleException(other);
		});
		if (!details.publishedOn().equals(article.getPublishedOn())) {
			this.events.publishEvent(new ArticleRedating(id, article.getPublishedOn(), details.publishedOn()));
		}
		article.revise(outletNamed(details.outlet(), Publication.PUBLISHED), details.title(), details.byline(),
				details.publishedOn(), details.url());
		this.articles.flush();
		return article.getVersion();
	}

	/**
	 * Corrects an article's body from the version the editor saw, keeping the new body as
	 * the next revision beside the old ones; answers the body as it was. An unchanged
	 * body adds no revision.
	 */
	@Transactional
	public String correct(long id, int version, String body) {
		Article article = this.articles.findForChange(id).orElseThrow(() -> new ArticleNotFoundException(id));
		if (article.getVersion() != version) {
			throw new StaleEditException("article", ArticleView.from(article));
		}
		String before = article.getBody();
		if (!before.equals(body)) {
			article.correct(body);
			this.revisions.save(new ArticleRevision(article, article.getBodyRevision(), body, CurrentEditor.name()));
			this.articles.flush();
		}
		return before;
	}

	/** The article as its editors see it, drafts included, with its version. */
	@Transactional(readOnly = true)
	public ArticleView draft(long id) {
		return ArticleView.from(find(id));
	}

	/**
	 * Adds an article with its first body revision; the byline is the writer's name
	 * alone, whoever gives it (see {@link ArticleDetails#byline}).
	 */
	@Transactional
	public Article add(Outlet outlet, String title, @Nullable String byline, LocalDate publishedOn, String url,
			String body, Publication status) {
		Article article = new Article(outlet, title, ArticleDetails.byline(byline), publishedOn, url, body);
		article.setStatus(status);
		this.articles.save(article);
		this.revisions.save(new ArticleRevision(article, article.getBodyRevision(), body, CurrentEditor.name()));
		return article;
	}

}
