package org.claimtracker.article;

import java.util.List;
import java.util.Optional;

import org.claimtracker.common.Publication;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

	boolean existsByUrl(String url);

	@Query("""
			select new org.claimtracker.article.ArticleSummary(a.id, a.title, o.name, a.publishedOn)
			from Article a join a.outlet o
			where a.status = :status
			order by a.publishedOn desc, a.id desc""")
	List<ArticleSummary> findSummaries(Publication status);

	@Query("select a from Article a join fetch a.outlet where a.id = :id and a.status = :status")
	Optional<Article> findWithOutlet(long id, Publication status);

}
