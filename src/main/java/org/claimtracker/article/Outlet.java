package org.claimtracker.article;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.claimtracker.common.EditableEntity;
import org.jspecify.annotations.Nullable;

/** A news organisation that publishes articles. */
@Entity
public class Outlet extends EditableEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String name;

	private @Nullable String homepage;

	protected Outlet() {
	}

	public Outlet(String name, @Nullable String homepage) {
		this.name = name;
		this.homepage = homepage;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable String getHomepage() {
		return this.homepage;
	}

}
