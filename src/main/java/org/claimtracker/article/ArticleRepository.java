package org.claimtracker.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.claimtracker.common.Publication;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

	boolean existsByUrl(String url);

	@Query("select a.id from Article a where a.url = :url")
	Optional<Long> findIdByUrl(String url);

	@Query(value = """
			select new org.claimtracker.article.ArticleSummary(a.id, a.title, o.id, o.name, a.publishedOn, a.status)
			from Article a join a.outlet o
			where a.status in :status and (:outletId is null or o.id = :outletId)
			order by a.publishedOn desc, a.id desc""",
			countQuery = "select count(a) from Article a where a.status in :status and (:outletId is null or a.outlet.id = :outletId)")
	Page<ArticleSummary> findSummaries(Collection<Publication> status, @Nullable Long outletId, Pageable page);

	/**
	 * The article, shared-locked: spans may be anchored in its body, but no correction
	 * runs meanwhile.
	 */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select a from Article a where a.id = :id")
	Optional<Article> findForAnchoring(long id);

	/**
	 * The article, locked for a change that its spans depend on, a correction of its body
	 * or a new date: spans anchored meanwhile wait for the change.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Article a where a.id = :id")
	Optional<Article> findForChange(long id);

	@Query("select a from Article a join fetch a.outlet where a.id = :id and a.status in :status")
	Optional<Article> findWithOutlet(long id, Collection<Publication> status);

	@Query("""
			select new org.claimtracker.article.OutletView(o.id, o.name, count(a))
			from Article a join a.outlet o where a.status in :status
			group by o.id, o.name order by o.name""")
	List<OutletView> findOutlets(Collection<Publication> status);

	/** Outlets the reader sees with an article the reader sees; an index answers each. */
	String OUTLETS_SEEN = """
			select new org.claimtracker.article.OutletName(o.id, o.name) from Outlet o
			where o.status in :status
			and exists (select 1 from Article a where a.outlet = o and a.status in :status)""";

	/** A page of the outlets the reader sees articles of, by name. */
	@Query(value = OUTLETS_SEEN + " order by o.name, o.id", countQuery = """
			select count(o) from Outlet o where o.status in :status
			and exists (select 1 from Article a where a.outlet = o and a.status in :status)""")
	Page<OutletName> findOutletsSeen(Collection<Publication> status, Pageable page);

	/**
	 * The outlet a reader names by id or by name in any case, as in
	 * {@link #findOutletsSeen}.
	 */
	@Query(OUTLETS_SEEN + " and (cast(o.id as string) = :given or lower(o.name) = lower(:given)) order by o.id")
	List<OutletName> findOutletsSeenNamed(String given, Collection<Publication> status);

	boolean existsByOutletIdAndStatusIn(long outletId, Collection<Publication> status);

}
