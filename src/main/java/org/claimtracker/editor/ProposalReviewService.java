package org.claimtracker.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleService;
import org.claimtracker.claim.EvidenceService;
import org.claimtracker.claim.EvidenceView;
import org.claimtracker.common.Names;
import org.claimtracker.extraction.KnownPerson;
import org.claimtracker.extraction.PersonRole;
import org.claimtracker.extraction.Proposal;
import org.claimtracker.extraction.QuoteExtractor;
import org.claimtracker.importing.HypothesisImport;
import org.claimtracker.importing.ImportedAnnotation;
import org.claimtracker.importing.ReviewQueue;
import org.claimtracker.person.PersonService;
import org.claimtracker.person.PersonView;
import org.claimtracker.quote.NewQuote;
import org.claimtracker.quote.Placement;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.QuoteSelectors;
import org.claimtracker.quote.QuoteService;
import org.claimtracker.quote.QuoteView;
import org.claimtracker.quote.Reanchoring;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of an article's proposed quotes: what the extractor proposes that is not yet
 * a quote nor rejected, and accepting proposals as draft quotes, creating new people on
 * the way.
 */
@Service
class ProposalReviewService {

	private final ArticleService articles;

	private final QuoteService quotes;

	private final PersonService people;

	private final ReviewQueue queue;

	private final EvidenceService evidence;

	private final HypothesisImport imported;

	ProposalReviewService(ArticleService articles, QuoteService quotes, PersonService people, ReviewQueue queue,
			EvidenceService evidence, HypothesisImport imported) {
		this.articles = articles;
		this.quotes = quotes;
		this.people = people;
		this.queue = queue;
		this.evidence = evidence;
		this.imported = imported;
	}

	/**
	 * One proposal as the review screen shows it; {@code key} names it across requests.
	 */
	record Item(String key, int number, int start, int end, String exact, QuoteKind kind, boolean block,
			String asWritten, @Nullable String speaker, @Nullable Long personId, boolean unnamed, String cue,
			int confidence, PersonRole role, @Nullable String notes) {

		static Item of(int number, Proposal p, PersonRole role) {
			return new Item(ProposalReviewService.key(p.start(), p.end(), QuoteKind.valueOf(p.kind().name())), number,
					p.start(), p.end(), p.exact(), QuoteKind.valueOf(p.kind().name()), p.block(),
					p.speaker().asWritten(), p.speaker().name(), p.speaker().personId(), p.speaker().unnamed(), p.cue(),
					(int) Math.round(p.confidence() * 100), role, null);
		}

		/**
		 * An annotation imported into the article, on the words it was placed on: of the
		 * kind and with the speaker of a proposal of the extractor's on the same words if
		 * there is one, else a direct quote if quote marks enclose it and a paraphrase if
		 * not, with no speaker. Accepting all never takes it: an editor looks at it.
		 */
		static Item imported(ImportedAnnotation annotation, int start, int end, String body, @Nullable Item like) {
			QuoteKind kind = (like != null) ? like.kind() : guessedKind(body, start, end);
			String exact = body.substring(start, end);
			return new Item(ProposalReviewService.key(start, end, kind), 0, start, end, exact, kind, false,
					(like != null) ? like.asWritten() : "", (like != null) ? like.speaker() : null,
					(like != null) ? like.personId() : null, like != null && like.unnamed(), "", 0,
					(like != null) ? like.role() : PersonRole.NONE, annotation.notes());
		}

		/** The proposal with the notes of an annotation imported on its words. */
		Item withNotes(String notes) {
			return new Item(this.key, this.number, this.start, this.end, this.exact, this.kind, this.block,
					this.asWritten, this.speaker, this.personId, this.unnamed, this.cue, this.confidence, this.role,
					notes);
		}

		Item numbered(int number) {
			return new Item(this.key, number, this.start, this.end, this.exact, this.kind, this.block, this.asWritten,
					this.speaker, this.personId, this.unnamed, this.cue, this.confidence, this.role, this.notes);
		}

		/** Whether the proposal is an annotation imported from Hypothesis. */
		public boolean imported() {
			return this.notes != null;
		}

		/** Whether accepting it needs the editor to choose a speaker first. */
		public boolean needsSpeaker() {
			return this.speaker == null;
		}

		public boolean newPerson() {
			return this.speaker != null && this.personId == null;
		}

		/**
		 * Whether accepting all takes it: it has a speaker, and the extractor is
		 * {@linkplain ProposalReviewService#CONFIDENT sure enough} of it.
		 */
		public boolean confident() {
			return !needsSpeaker() && this.confidence >= CONFIDENT;
		}

		/** What accepting it as proposed creates. */
		Acceptance acceptance() {
			return new Acceptance(this.start, this.end, this.kind, this.personId,
					(this.personId == null) ? this.speaker : null, this.role.party(), this.role.title());
		}

	}

	/**
	 * The confidence, in percent, from which "accept all" takes a proposal. The extractor
	 * gives 95 to a quote whose own sentence names its speaker, 85 to one whose paragraph
	 * did just before, 70 to 80 to a speaker named in the next sentence or announced with
	 * a colon, 70 to a partial quote framed by a speech verb; below that it guesses from
	 * the sentence before or the paragraph before, or proposes a paraphrase (60), whose
	 * span is its own guess: the editor looks at those one by one.
	 */
	static final int CONFIDENT = 70;

	/**
	 * A quote already accepted (or marked) in the article, and how many claims it is
	 * linked to.
	 */
	record Accepted(QuoteView quote, int links) {

	}

	record Review(long articleId, String title, String body, List<Item> items, List<Accepted> accepted) {

		@Nullable Item item(String key) {
			return this.items.stream().filter((i) -> i.key().equals(key)).findFirst().orElse(null);
		}

		/**
		 * How many proposals accepting all would accept: the confident ones with a
		 * speaker.
		 */
		public long acceptable() {
			return this.items.stream().filter(Item::confident).count();
		}

		/** The proposals that accepting all leaves for the editor to look at. */
		public List<Item> forALook() {
			return this.items.stream().filter((i) -> !i.confident()).toList();
		}

		/**
		 * The number of the proposal that comes to where the proposal numbered
		 * {@code number} was, once it was accepted or rejected: the next one, or the
		 * last.
		 */
		@Nullable Integer after(int number) {
			return this.items.isEmpty() ? null : Math.min(number, this.items.size());
		}

	}

	/**
	 * What accepting one proposal creates: the span, its kind, and an existing or a new
	 * speaker, a new one with the party and role the editor confirmed.
	 */
	record Acceptance(int start, int end, QuoteKind kind, @Nullable Long personId, @Nullable String newName,
			@Nullable String newParty, @Nullable String newRole) {

	}

	static String key(int start, int end, QuoteKind kind) {
		return start + "-" + end + "-" + kind.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The proposals left to review in the article; the review queue's count for it
	 * follows.
	 */
	@Transactional
	public Review review(long articleId, List<Rejection> rejections) {
		Article article = this.articles.find(articleId);
		Set<String> marked = markedSpans(articleId);
		Set<String> rejected = rejectedKeys(article.getBody(), rejections);
		List<KnownPerson> known = this.people.everyone()
			.stream()
			.map((p) -> new KnownPerson(p.id(), p.name()))
			.toList();
		List<Item> items = new ArrayList<>();
		Map<String, PersonRole> roles = new HashMap<>();
		for (Proposal proposal : QuoteExtractor.extract(article.getBody(), known)) {
			String name = proposal.speaker().name();
			PersonRole role = (name == null || proposal.speaker().personId() != null) ? PersonRole.NONE
					: roles.computeIfAbsent(name, (n) -> PersonRole.in(article.getBody(), n));
			Item item = Item.of(items.size() + 1, proposal, role);
			if (!marked.contains(item.start() + "-" + item.end()) && !rejected.contains(item.key())) {
				items.add(item);
			}
		}
		items = withImported(articleId, article.getBody(), items, marked, rejected);
		this.queue.reviewed(articleId, items.size());
		List<QuoteView> inArticle = this.quotes.inArticle(articleId);
		Map<Long, Integer> links = new HashMap<>();
		for (EvidenceView link : this.evidence.evidenceOfQuotes(inArticle.stream().map(QuoteView::id).toList())) {
			links.merge(link.quote().id(), 1, Integer::sum);
		}
		List<Accepted> accepted = inArticle.stream()
			.map((quote) -> new Accepted(quote, links.getOrDefault(quote.id(), 0)))
			.toList();
		return new Review(articleId, article.getTitle(), article.getBody(), items, accepted);
	}

	/**
	 * The extractor's proposals with the annotations imported into the article, placed in
	 * the body as it is now, in the order of the text: an annotation on the words of a
	 * proposal is that proposal, with the annotation's notes; one on words already marked
	 * as a quote, rejected, or no longer in the body is left out.
	 */
	private List<Item> withImported(long articleId, String body, List<Item> proposed, Set<String> marked,
			Set<String> rejected) {
		List<ImportedAnnotation> annotations = this.imported.importedInto(articleId);
		if (annotations.isEmpty()) {
			return proposed;
		}
		// the words of quotes marked and proposals rejected, by their core: an annotation
		// on them is done whether or not it took in a closing mark
		Set<String> done = new HashSet<>();
		for (String span : marked) {
			done.add(Arrays.toString(coreOf(body, span)));
		}
		for (String key : rejected) {
			done.add(Arrays.toString(coreOf(body, key)));
		}
		List<Item> items = new ArrayList<>(proposed);
		for (ImportedAnnotation annotation : annotations) {
			QuoteSelectors.Found found = QuoteSelectors.find(body, annotation.exact(), annotation.prefix(),
					annotation.suffix(), annotation.start());
			if (found == null) {
				continue;
			}
			int start = found.anchor().getStart();
			int end = found.anchor().getEnd();
			if (done.contains(Arrays.toString(core(body, start, end)))) {
				continue;
			}
			Item like = items.stream()
				.filter((i) -> !i.imported() && i.start() < end && start < i.end())
				.min(Comparator.comparingInt((Item i) -> Math.abs(i.start() - start) + Math.abs(i.end() - end)))
				.orElse(null);
			Item item = (like != null && Arrays.equals(core(body, start, end), core(body, like.start(), like.end())))
					? like.withNotes(annotation.notes()) : Item.imported(annotation, start, end, body, like);
			if (rejected.contains(item.key())) {
				continue;
			}
			items.removeIf((i) -> i.key().equals(item.key()));
			items.add(item);
		}
		items.sort(Comparator.comparingInt(Item::start).thenComparingInt(Item::end));
		List<Item> numbered = new ArrayList<>(items.size());
		for (Item item : items) {
			numbered.add(item.numbered(numbered.size() + 1));
		}
		return numbered;
	}

	/**
	 * The span without the quote marks, punctuation and spaces at its ends: an annotator
	 * who takes in the closing mark or comma annotates the words the extractor proposed.
	 */
	private static int[] core(String body, int start, int end) {
		String loose = "\"“”„«»'‘’,.;:!? \n";
		int s = start;
		int e = end;
		while (s < e && loose.indexOf(body.charAt(s)) >= 0) {
			s++;
		}
		while (e > s && loose.indexOf(body.charAt(e - 1)) >= 0) {
			e--;
		}
		return new int[] { s, e };
	}

	/** The core of a span named {@code start-end} or by a proposal's key. */
	private static int[] coreOf(String body, String span) {
		String[] parts = span.split("-");
		try {
			int start = Integer.parseInt(parts[0]);
			int end = Integer.parseInt(parts[1]);
			return (0 <= start && start < end && end <= body.length()) ? core(body, start, end) : new int[0];
		}
		catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
			return new int[0];
		}
	}

	/** A direct quote if quote marks enclose the words, else a paraphrase. */
	private static QuoteKind guessedKind(String body, int start, int end) {
		String marks = "\"“”„«»";
		boolean opens = start > 0 && marks.indexOf(body.charAt(start - 1)) >= 0
				|| marks.indexOf(body.charAt(start)) >= 0;
		boolean closes = end < body.length() && marks.indexOf(body.charAt(end)) >= 0
				|| marks.indexOf(body.charAt(end - 1)) >= 0
				|| end + 1 < body.length() && marks.indexOf(body.charAt(end + 1)) >= 0;
		return (opens && closes) ? QuoteKind.DIRECT : QuoteKind.PARAPHRASE;
	}

	/**
	 * The keys of the proposals rejected in this body: each rejection's words where they
	 * are now, found in the same context as it was made in (so that of the same words
	 * said twice, only the rejected ones), nearest to where they were.
	 */
	private static Set<String> rejectedKeys(String body, List<Rejection> rejections) {
		Reanchoring inBody = Reanchoring.within(body);
		Set<String> keys = new HashSet<>();
		for (Rejection rejection : rejections) {
			if (inBody.placeAgain(rejection.anchor()) instanceof Placement.Placed placed) {
				keys.add(key(placed.anchor().getStart(), placed.anchor().getEnd(), rejection.kind()));
			}
		}
		return keys;
	}

	/**
	 * Rejections as editors' sessions remembered them before: by the keys of their
	 * proposals, that is by offsets. Their words are taken from the body where the
	 * offsets still fit it; the others name nothing left to reject.
	 */
	@Transactional(readOnly = true)
	public List<Rejection> fromKeys(long articleId, Collection<String> keys) {
		String body = this.articles.find(articleId).getBody();
		List<Rejection> rejections = new ArrayList<>();
		for (String key : keys) {
			String[] parts = key.split("-");
			try {
				rejections.add(Rejection.of(body, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
						QuoteKind.valueOf(parts[2].toUpperCase(Locale.ROOT))));
			}
			catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
				// offsets past the corrected body, or not a key at all: nothing to keep
			}
		}
		return rejections;
	}

	/** The names of the people that accepting these would create, each once. */
	@Transactional(readOnly = true)
	public List<String> newPeople(List<Acceptance> acceptances) {
		Map<String, Long> existing = existingByName();
		Set<String> names = new LinkedHashSet<>();
		for (Acceptance acceptance : acceptances) {
			if (acceptance.personId() == null && acceptance.newName() != null
					&& !existing.containsKey(normal(acceptance.newName()))) {
				names.add(acceptance.newName().strip());
			}
		}
		return List.copyOf(names);
	}

	/**
	 * Creates a draft quote for each acceptance, and a draft person for each new name;
	 * returns how many. Words already marked as a quote are left as they are, so that a
	 * form sent twice (a double click, a second tab) adds no second quote on them.
	 */
	@Transactional
	public int accept(long articleId, List<Acceptance> acceptances) {
		Map<String, Long> byName = existingByName();
		String body = this.articles.find(articleId).getBody();
		Set<String> marked = markedSpans(articleId);
		int added = 0;
		for (Acceptance acceptance : acceptances) {
			if (!marked.add(acceptance.start() + "-" + acceptance.end())) {
				continue;
			}
			Long speaker = acceptance.personId();
			if (speaker == null) {
				String name = acceptance.newName() == null ? "" : acceptance.newName().strip();
				speaker = byName.get(normal(name));
				if (speaker == null) {
					speaker = this.people
						.speakerNamed(name, blankless(acceptance.newParty()), blankless(acceptance.newRole()))
						.getId();
					byName.put(normal(name), speaker);
				}
			}
			this.quotes.create(new NewQuote(articleId, speaker, acceptance.kind(), null, null, acceptance.start(),
					acceptance.end(), body.substring(acceptance.start(), acceptance.end())));
			added++;
		}
		return added;
	}

	/**
	 * The spans of the article's quotes, as {@code start-end}; a proposal on one of them
	 * is done.
	 */
	private Set<String> markedSpans(long articleId) {
		Set<String> marked = new HashSet<>();
		for (QuoteView quote : this.quotes.inArticle(articleId)) {
			marked.add(quote.start() + "-" + quote.end());
		}
		return marked;
	}

	private Map<String, Long> existingByName() {
		Map<String, Long> byName = new HashMap<>();
		for (PersonView person : this.people.everyone()) {
			byName.putIfAbsent(normal(person.name()), person.id());
		}
		return byName;
	}

	private static @Nullable String blankless(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : Names.tidy(text);
	}

	/** A name as people are matched by: in any case and spacing. */
	private static String normal(String name) {
		return Names.tidy(name).toLowerCase(Locale.ROOT);
	}

}
