package org.claimtracker.article;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.claimtracker.common.EditableEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/**
 * A piece of election coverage: its outlet, metadata and body as plain text (paragraphs
 * separated by a blank line). Quotes and claim appearances point into the body by
 * character offsets.
 */
@Entity
@Audited
public class Article extends EditableEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Outlet outlet;

	private String title;

	private @Nullable String byline;

	private LocalDate publishedOn;

	private String url;

	private String body;

	private int bodyRevision = 1;

	protected Article() {
	}

	public Article(Outlet outlet, String title, @Nullable String byline, LocalDate publishedOn, String url,
			String body) {
		this.outlet = outlet;
		this.title = title;
		this.byline = byline;
		this.publishedOn = publishedOn;
		this.url = url;
		this.body = body;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public Outlet getOutlet() {
		return this.outlet;
	}

	public String getTitle() {
		return this.title;
	}

	public @Nullable String getByline() {
		return this.byline;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public String getUrl() {
		return this.url;
	}

	public String getBody() {
		return this.body;
	}

	public int getBodyRevision() {
		return this.bodyRevision;
	}

	/**
	 * Replaces the title, outlet, byline, date and address; the body keeps its revision.
	 */
	void revise(Outlet outlet, String title, @Nullable String byline, LocalDate publishedOn, String url) {
		this.outlet = outlet;
		this.title = title;
		this.byline = byline;
		this.publishedOn = publishedOn;
		this.url = url;
	}

	/** Replaces the body with a corrected one, as its next revision. */
	void correct(String body) {
		this.body = body;
		this.bodyRevision++;
	}

}
