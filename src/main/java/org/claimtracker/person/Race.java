package org.claimtracker.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import org.claimtracker.common.EditableEntity;
import org.jspecify.annotations.Nullable;

/** An election contest for one office, with the people standing in it. */
@Entity
public class Race extends EditableEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String slug;

	private String name;

	private String office;

	private @Nullable String state;

	private @Nullable String district;

	private @Nullable LocalDate electionOn;

	private @Nullable LocalDate runoffOn;

	@OneToMany(mappedBy = "race", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Candidacy> candidacies = new ArrayList<>();

	protected Race() {
	}

	public Race(String slug, String name, String office, @Nullable String state, @Nullable LocalDate electionOn,
			@Nullable LocalDate runoffOn) {
		this.slug = slug;
		this.name = name;
		this.office = office;
		this.state = state;
		this.electionOn = electionOn;
		this.runoffOn = runoffOn;
	}

	public Candidacy addCandidate(Person person, @Nullable String party, boolean incumbent) {
		Candidacy candidacy = new Candidacy(this, person, party, incumbent);
		this.candidacies.add(candidacy);
		return candidacy;
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

	public String getOffice() {
		return this.office;
	}

	public @Nullable String getState() {
		return this.state;
	}

	public @Nullable String getDistrict() {
		return this.district;
	}

	public @Nullable LocalDate getElectionOn() {
		return this.electionOn;
	}

	public @Nullable LocalDate getRunoffOn() {
		return this.runoffOn;
	}

	public List<Candidacy> getCandidacies() {
		return this.candidacies;
	}

}
