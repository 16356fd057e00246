package org.claimtracker.quote;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.claimtracker.common.Publication;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuoteRepository extends JpaRepository<Quote, Long> {

	String FETCH = """
			select q from Quote q join fetch q.speaker join fetch q.article a join fetch a.outlet
			where q.status in :status and a.status in :status and\s""";

	@Query(FETCH + "q.id = :id")
	Optional<Quote> findPublished(long id, Collection<Publication> status);

	@Query("""
			select q.id from Quote q join q.article a
			where q.id in :ids and q.status in :status and a.status in :status""")
	Set<Long> findIdsWithPages(Collection<Long> ids, Collection<Publication> status);

	@Query(FETCH + "a.id = :articleId order by q.anchor.start, q.anchor.end desc, q.id")
	List<Quote> findInArticle(long articleId, Collection<Publication> status);

	/** An article's quotes said after one date and on or before another, latest first. */
	@Query(FETCH + "a.id = :articleId and q.saidOn > :after and q.saidOn <= :notAfter order by q.saidOn desc, q.id")
	List<Quote> findInArticleSaidBetween(long articleId, LocalDate after, LocalDate notAfter,
			Collection<Publication> status);

	@Query(FETCH + "q.utteranceId = :utteranceId order by a.publishedOn, q.id")
	List<Quote> findInUtterance(long utteranceId, Collection<Publication> status);

	/** A speaker's most recent quotes, in the order of their index. */
	@Query(FETCH + "q.speaker.id = :speakerId order by q.datedOn desc, q.id desc")
	List<Quote> findBySpeaker(long speakerId, Collection<Publication> status, Limit limit);

	@Query("""
			select count(q) from Quote q join q.article a
			where q.speaker.id = :speakerId and q.status in :status and a.status in :status""")
	long countBySpeaker(long speakerId, Collection<Publication> status);

	/** A speaker's most recent quotes that readers see, in the order of their index. */
	@Query(FETCH + "q.speaker.id = :speakerId and q.listed = true order by q.datedOn desc, q.id desc")
	List<Quote> findListedBySpeaker(long speakerId, Collection<Publication> status, Limit limit);

	@Query("select count(q) from Quote q where q.speaker.id = :speakerId and q.listed = true")
	long countListedBySpeaker(long speakerId);

}
