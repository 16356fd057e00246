package org.claimtracker.claim;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.claimtracker.common.EditableEntity;
import org.jspecify.annotations.Nullable;

/** A subject of coverage (immigration, policing…) that groups claims. */
@Entity
public class Topic extends EditableEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String slug;

	private String name;

	protected Topic() {
	}

	public Topic(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

}
