package org.claimtracker.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

import jakarta.persistence.EntityManager;
import org.claimtracker.article.Article;
import org.claimtracker.claim.Claim;
import org.claimtracker.claim.ClaimAppearance;
import org.claimtracker.claim.Evidence;
import org.claimtracker.claim.Topic;
import org.claimtracker.common.NotFoundException;
import org.claimtracker.person.Person;
import org.claimtracker.quote.Quote;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the recorded history of articles, quotes, claims, evidence and people, as
 * field-by-field changes.
 */
@Service
public class HistoryService {

	private final EntityManager entities;

	private final EvidenceChanges evidence;

	private final RatingChanges ratings;

	private final MergeChanges merges;

	HistoryService(EntityManager entities, EvidenceChanges evidence, RatingChanges ratings, MergeChanges merges) {
		this.entities = entities;
		this.evidence = evidence;
		this.ratings = ratings;
		this.merges = merges;
	}

	/** The kinds of item with a history, by the name used in addresses. */
	public enum Kind {

		ARTICLE(Article.class, (Object o, NameThen names) -> fields((Article) o), "/articles/"),
		QUOTE(Quote.class, (Object o, NameThen names) -> fields((Quote) o, names), "/quotes/"),
		CLAIM(Claim.class, (Object o, NameThen names) -> fields((Claim) o, names), "/claims/"),
		EVIDENCE(Evidence.class, (Object o, NameThen names) -> fields((Evidence) o), null),
		APPEARANCE(ClaimAppearance.class, (Object o, NameThen names) -> fields((ClaimAppearance) o), null),
		PERSON(Person.class, (Object o, NameThen names) -> fields((Person) o), "/people/");

		final Class<?> type;

		final BiFunction<Object, NameThen, Map<String, String>> fields;

		private final @Nullable String pages;

		Kind(Class<?> type, BiFunction<Object, NameThen, Map<String, String>> fields, @Nullable String pages) {
			this.type = type;
			this.fields = fields;
			this.pages = pages;
		}

		/**
		 * The address of the item's own page, if it has one (evidence and appearances
		 * show on others).
		 */
		public @Nullable String page(long id) {
			return (this.pages != null) ? this.pages + id : null;
		}

	}

	/**
	 * A person's name as it was at a revision: quotes and claims record who their speaker
	 * or subject is, and the person's own history what they were called then. Before
	 * people had a history, their name now.
	 */
	@FunctionalInterface
	interface NameThen {

		String of(Person person);

	}

	/**
	 * An item's changes, newest first; a claim's include the changes to its ratings, the
	 * merges it took part in and its evidence, and where one revision changed several (a
	 * claim deleted with its links) the claim's own change comes first.
	 */
	@Transactional(readOnly = true)
	public List<Change> of(Kind kind, long id) {
		AuditReader history = AuditReaderFactory.get(this.entities);
		List<Change> changes = own(history, kind, id);
		if (kind == Kind.CLAIM) {
			List<Change> ratingsAndMerges = new ArrayList<>(this.ratings.ofClaim(history, id));
			ratingsAndMerges.addAll(this.merges.ofClaim(history, id));
			changes = withRatings(changes, ratingsAndMerges);
			changes.addAll(this.evidence.ofClaim(history, id));
		}
		// a stable sort: changes of one revision keep their order, the item's own first
		changes.sort(Comparator.comparingLong(Change::revision).reversed());
		return changes;
	}

	/**
	 * A claim's own changes with its ratings' changes among them, one change a revision:
	 * publishing a claim publishes its rating in the same revision, and a revision that
	 * changed only ratings reads as a change to the claim.
	 */
	private static List<Change> withRatings(List<Change> own, List<Change> ratings) {
		Map<Long, Change> byRevision = new LinkedHashMap<>();
		own.forEach((c) -> byRevision.merge(c.revision(), c, HistoryService::join));
		ratings.forEach((c) -> byRevision.merge(c.revision(),
				new Change(c.revision(), c.at(), c.by(), RevisionType.MOD.name(), null, c.fields()),
				HistoryService::join));
		return new ArrayList<>(byRevision.values());
	}

	private static Change join(Change first, Change then) {
		List<Change.Field> fields = new ArrayList<>(first.fields());
		fields.addAll(then.fields());
		return new Change(first.revision(), first.at(), first.by(), first.kind(), null, fields);
	}

	private List<Change> own(AuditReader history, Kind kind, long id) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = history.createQuery()
			.forRevisionsOfEntity(kind.type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		if (rows.isEmpty()) {
			throw new NotFoundException("history of " + kind.name().toLowerCase(), id);
		}
		List<Change> changes = new ArrayList<>();
		Map<String, String> before = Map.of();
		for (Object[] row : rows) {
			Revision revision = (Revision) row[1];
			RevisionType type = (RevisionType) row[2];
			NameThen names = (person) -> {
				Person then = history.find(Person.class, person.getId(), revision.getId());
				return (then != null) ? then.getName() : person.getName();
			};
			Map<String, String> after = (type == RevisionType.DEL) ? Map.of() : kind.fields.apply(row[0], names);
			changes.add(Change.of(revision, type, null, diff(before, after)));
			before = after;
		}
		return changes;
	}

	static List<Change.Field> diff(Map<String, String> before, Map<String, String> after) {
		List<Change.Field> fields = new ArrayList<>();
		LinkedHashMap<String, String> names = new LinkedHashMap<>(before);
		names.putAll(after);
		for (String name : names.keySet()) {
			String old = before.get(name);
			String now = after.get(name);
			if (!Objects.equals(old, now)) {
				fields.add(new Change.Field(name, old, now));
			}
		}
		return fields;
	}

	/**
	 * An enum value as a word, the way the pages say it: DRAFT is "draft", NEEDS_REVIEW
	 * "needs review".
	 */
	private static String words(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static Map<String, String> fields(Article a) {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("title", a.getTitle());
		f.put("outlet", a.getOutlet().getName());
		f.put("byline", a.getByline());
		f.put("published", String.valueOf(a.getPublishedOn()));
		f.put("url", a.getUrl());
		f.put("body", a.getBody());
		f.put("body revision", Integer.toString(a.getBodyRevision()));
		f.put("status", words(a.getStatus()));
		return f;
	}

	private static Map<String, String> fields(Quote q, NameThen names) {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("text", q.getAnchor().getExact());
		f.put("span", q.getAnchor().getStart() + "–" + q.getAnchor().getEnd());
		f.put("kind", words(q.getKind()));
		f.put("speaker", names.of(q.getSpeaker()));
		f.put("said on", Objects.toString(q.getSaidOn(), null));
		f.put("occasion", q.getContext());
		f.put("anchor", words(q.getAnchorState()));
		f.put("status", words(q.getStatus()));
		return f;
	}

	private static Map<String, String> fields(ClaimAppearance a) {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("text", a.getAnchor().getExact());
		f.put("span", a.getAnchor().getStart() + "–" + a.getAnchor().getEnd());
		f.put("claim", "#" + a.getClaim().getId());
		f.put("anchor", words(a.getAnchorState()));
		f.put("status", words(a.getStatus()));
		return f;
	}

	private static Map<String, String> fields(Claim c, NameThen names) {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("statement", c.getStatement());
		f.put("kind", words(c.getKind()));
		f.put("subject", (c.getSubject() != null) ? names.of(c.getSubject()) : null);
		f.put("topics", String.join(", ", c.getTopics().stream().map(Topic::getName).sorted().toList()));
		f.put("status", words(c.getStatus()));
		return f;
	}

	private static Map<String, String> fields(Person p) {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("name", p.getName());
		f.put("party", p.getParty());
		f.put("description", p.getDescription());
		f.put("status", words(p.getStatus()));
		return f;
	}

	private static Map<String, String> fields(Evidence e) {
		Map<String, String> f = judgement(e);
		f.put("quote", "#" + e.getQuote().getId());
		f.put("claim", "#" + e.getClaim().getId());
		return f;
	}

	/**
	 * What an editor decides about a link, all that can change of it: a claim's history
	 * shows the quote and claim apart.
	 */
	static Map<String, String> judgement(Evidence e) {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("stance", words(e.getStance()));
		f.put("rationale", e.getRationale());
		f.put("status", words(e.getStatus()));
		return f;
	}

}
