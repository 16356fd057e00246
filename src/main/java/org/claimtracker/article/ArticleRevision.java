package org.claimtracker.article;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/**
 * A body an article has had; kept so that corrections never lose the text quotes were
 * taken from.
 */
@Entity
public class ArticleRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Article article;

	private int revision;

	private String body;

	private Instant createdAt;

	private @Nullable String createdBy;

	protected ArticleRevision() {
	}

	ArticleRevision(Article article, int revision, String body, @Nullable String createdBy) {
		this.article = article;
		this.revision = revision;
		this.body = body;
		this.createdAt = Instant.now();
		this.createdBy = createdBy;
	}

	public int getRevision() {
		return this.revision;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable String getCreatedBy() {
		return this.createdBy;
	}

}
