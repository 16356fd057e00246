package org.claimtracker.person;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.claimtracker.common.Names;
import org.claimtracker.common.Publication;
import org.claimtracker.common.StaleEditException;
import org.claimtracker.common.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People, the races they stand in and their candidacies. */
@Service
public class PersonService {

	private final PersonRepository people;

	private final RaceRepository races;

	private final PersonNames names;

	PersonService(PersonRepository people, RaceRepository races, PersonNames names) {
		this.people = people;
		this.races = races;
		this.names = names;
	}

	@Transactional(readOnly = true)
	public PersonView person(long id) {
		return this.people.findByIdAndStatusIn(id, Visibility.current())
			.map(PersonView::from)
			.orElseThrow(() -> new PersonNotFoundException("person", id));
	}

	/** Whether the current request sees that person, as in {@link #people()}. */
	@Transactional(readOnly = true)
	public boolean exists(long id) {
		return this.people.existsByIdAndStatusIn(id, Visibility.current());
	}

	@Transactional(readOnly = true)
	public List<PersonView> people() {
		return this.people.findByStatusInOrderByName(Visibility.current()).stream().map(PersonView::from).toList();
	}

	/**
	 * A page of the people the current request sees whose name has the text in it or
	 * comes close to it (typos forgiven, as in quote search's speaker filter), the best
	 * match first; everyone, by name, when there is no text.
	 */
	@Transactional(readOnly = true)
	public Page<PersonView> people(@Nullable String text, Pageable page) {
		Page<Long> ids = this.names.matching((text != null) ? Names.tidy(text) : null, Visibility.current(), page);
		return ids.map(viewsById(ids.getContent())::get);
	}

	/**
	 * The people a name means, among those the current request sees: whoever has it, in
	 * any case, or else those with the closest names, closest first; none when no name
	 * comes close.
	 */
	@Transactional(readOnly = true)
	public List<PersonView> named(String name) {
		List<Long> ids = this.names.named(Names.tidy(name), Visibility.current());
		Map<Long, PersonView> byId = viewsById(ids);
		return ids.stream().map(byId::get).toList();
	}

	private Map<Long, PersonView> viewsById(List<Long> ids) {
		return ids.isEmpty() ? Map.of()
				: this.people.findAllById(ids)
					.stream()
					.map(PersonView::from)
					.collect(Collectors.toMap(PersonView::id, Function.identity()));
	}

	@Transactional(readOnly = true)
	public List<RaceView> races() {
		return this.races.findAllWithCandidates(Visibility.current()).stream().map(RaceView::from).toList();
	}

	/** One page of the races, the latest first, each with its candidates. */
	@Transactional(readOnly = true)
	public Page<RaceView> races(Pageable page) {
		Page<Long> ids = this.races.findLatestIds(Visibility.current(), page);
		Map<Long, RaceView> byId = ids.isEmpty() ? Map.of()
				: this.races.findAllWithCandidates(ids.getContent(), Visibility.current())
					.stream()
					.map(RaceView::from)
					.collect(Collectors.toMap(RaceView::id, Function.identity()));
		return ids.map(byId::get);
	}

	@Transactional(readOnly = true)
	public RaceView race(long id) {
		return this.races.findWithCandidates(id, Visibility.current())
			.stream()
			.findFirst()
			.map(RaceView::from)
			.orElseThrow(() -> new PersonNotFoundException("race", id));
	}

	/** The races a person stands in. */
	@Transactional(readOnly = true)
	public List<RaceView> racesOf(long personId) {
		return this.races.findByCandidate(personId, Visibility.current()).stream().map(RaceView::from).toList();
	}

	/**
	 * The races any of those people stand in, each with all its candidates, in one query.
	 */
	@Transactional(readOnly = true)
	public List<RaceView> racesOfAny(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		return this.races.findByCandidates(personIds, Visibility.current()).stream().map(RaceView::from).toList();
	}

	/**
	 * Those people as readers see them, in one query: the speakers of quotes that are
	 * shown, whatever the person's own state.
	 */
	@Transactional(readOnly = true)
	public List<PersonView> peopleWithIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.people.findAllById(ids).stream().map(PersonView::from).toList();
	}

	/** The person entity, for services that attribute quotes or claims to them. */
	@Transactional(readOnly = true)
	public Person find(long id) {
		return this.people.findById(id).orElseThrow(() -> new PersonNotFoundException("person", id));
	}

	/** Everyone, drafts included, for editors choosing a speaker or a subject. */
	@Transactional(readOnly = true)
	public List<PersonView> everyone() {
		return this.people.findByStatusInOrderByName(EnumSet.allOf(Publication.class))
			.stream()
			.map(PersonView::from)
			.toList();
	}

	/** The person as editors see them, drafts included, with their version. */
	@Transactional(readOnly = true)
	public PersonView draft(long id) {
		return PersonView.from(find(id));
	}

	/**
	 * Fixes a person's name, party and description from the version the editor saw;
	 * answers the new version. A name someone else is listed under, in any case or
	 * spacing, is refused: new speakers are matched to people by name.
	 */
	@Transactional
	public int revise(long id, int version, PersonDetails details) {
		Person person = find(id);
		if (person.getVersion() != version) {
			throw new StaleEditException("person", PersonView.from(person));
		}
		this.people.findFirstByNameIgnoreCaseOrderById(details.name())
			.filter((other) -> other.getId() != id)
			.ifPresent((other) -> {
				throw new DuplicatePersonException(other.getId());
			});
		person.revise(details.name(), details.party(), details.description());
		this.people.flush();
		return person.getVersion();
	}

	/**
	 * The speaker an editor names: the person of that name in any case and spacing
	 * ("stacey abrams" is Stacey Abrams), else a new draft person of that name and party.
	 */
	@Transactional
	public Person speakerNamed(String given, @Nullable String party) {
		return speakerNamed(given, party, null);
	}

	/**
	 * The same, a new person also described by their role ("Gwinnett County Sheriff"); a
	 * person found keeps their own party and description.
	 */
	@Transactional
	public Person speakerNamed(String given, @Nullable String party, @Nullable String description) {
		String name = Names.tidy(given);
		return this.people.findFirstByNameIgnoreCaseOrderById(name)
			.orElseGet(() -> add(name, party, description, Publication.DRAFT));
	}

	@Transactional
	public Person add(String name, @Nullable String party, @Nullable String description, Publication status) {
		Person person = new Person(name, party, description);
		person.setStatus(status);
		return this.people.save(person);
	}

	/** Saves a new race with the candidacies added to it. */
	@Transactional
	public Race add(Race race) {
		return this.races.save(race);
	}

}
