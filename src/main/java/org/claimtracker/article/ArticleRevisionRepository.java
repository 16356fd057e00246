package org.claimtracker.article;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleRevisionRepository extends JpaRepository<ArticleRevision, Long> {

}
