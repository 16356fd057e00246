package org.claimtracker.editor;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.ClaimMatches;
import org.claimtracker.claim.ClaimService;
import org.claimtracker.claim.ClaimSummary;
import org.claimtracker.claim.ClaimView;
import org.claimtracker.claim.RatingService;
import org.claimtracker.claim.RatingView;
import org.claimtracker.claim.TopicService;
import org.claimtracker.claim.TopicView;
import org.claimtracker.person.PersonService;
import org.claimtracker.person.PersonView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing, revising, rating and deleting claims; a save or a deletion from a stale
 * version shows both versions instead.
 */
@Controller
class ClaimEditorController {

	private final ClaimService claims;

	private final TopicService topics;

	private final PersonService people;

	private final RatingService ratings;

	private final ClaimMatches matches;

	/** How many claims the form suggests as closest to the statement. */
	static final int CLOSEST = 5;

	/** The longest statement the form takes, as {@link ClaimForm} checks. */
	private static final int MAX_STATEMENT = 2000;

	ClaimEditorController(ClaimService claims, TopicService topics, PersonService people, RatingService ratings,
			ClaimMatches matches) {
		this.matches = matches;
		this.claims = claims;
		this.topics = topics;
		this.people = people;
		this.ratings = ratings;
	}

	/**
	 * The form for a new claim; asked by htmx as the statement is typed, only the claims
	 * closest to it.
	 */
	@GetMapping("/editor/claims/new")
	String newClaim(@RequestParam(required = false) @Nullable String statement,
			@RequestParam(required = false) @Nullable Long subjectId, Model model, HttpServletRequest request) {
		if (Htmx.asks(request)) {
			return closest(statement, subjectId, null, model);
		}
		return form(ClaimForm.empty(), null, model);
	}

	@PostMapping("/editor/claims")
	String create(@Valid @ModelAttribute("form") ClaimForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		check(form, errors);
		if (errors.hasErrors()) {
			return form(form, null, model);
		}
		long id = this.claims.create(form.toDraft());
		redirect.addFlashAttribute("message", "editor.claim.added");
		return "redirect:/claims/" + id;
	}

	@GetMapping("/editor/claims/{id}")
	String edit(@PathVariable long id, @RequestParam(required = false) @Nullable String statement,
			@RequestParam(required = false) @Nullable Long subjectId, Model model, HttpServletRequest request) {
		ClaimView claim = this.claims.claim(id);
		if (Htmx.asks(request)) {
			return closest(statement, subjectId, id, model);
		}
		return form(ClaimForm.from(claim), id, model);
	}

	/** Only the claims closest to the statement as typed, for htmx to show under it. */
	private String closest(@Nullable String statement, @Nullable Long subjectId, @Nullable Long id, Model model) {
		model.addAttribute("claimId", id);
		model.addAttribute("closest", closest(statement, subjectId, id));
		return "editor/claim :: closest";
	}

	/**
	 * The existing claims closest to the statement, so that the same claim is not written
	 * twice; none for a statement too short to tell or too long for a form.
	 */
	private List<ClaimSummary> closest(@Nullable String statement, @Nullable Long subjectId, @Nullable Long id) {
		if (statement == null || statement.strip().length() < 8 || statement.length() > MAX_STATEMENT) {
			return List.of();
		}
		return this.matches.claimsClosestToClaim(statement, subjectId, id, CLOSEST);
	}

	@PostMapping("/editor/claims/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ClaimForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		check(form, errors);
		if (form.version() == null) {
			errors.reject("editor.version.missing");
		}
		if (errors.hasErrors()) {
			return form(form, id, model);
		}
		return EditConflicts.save(() -> {
			this.claims.update(id, form.version(), form.toDraft());
			redirect.addFlashAttribute("message", "editor.claim.saved");
			return "redirect:/claims/" + id;
		}, response, () -> {
			// what they saved beside what this editor entered
			ClaimView current = current(id, model);
			// the form's choices, read once: they also name the subject and topics this
			// editor chose, which may be all that the two versions differ in
			List<PersonView> people = this.people.everyone();
			List<TopicView> topics = this.topics.topics();
			model.addAttribute("mine", form);
			model.addAttribute("mineSubject",
					people.stream()
						.filter((p) -> Objects.equals(p.id(), form.subjectId()))
						.map(PersonView::name)
						.findFirst()
						.orElse(null));
			model.addAttribute("mineTopics",
					topicNames(topics.stream()
						.filter((t) -> form.topicIds() != null && form.topicIds().contains(t.id()))
						.toList()));
			return form(ClaimForm.from(current), id, people, topics, model);
		});
	}

	/**
	 * Deletes the claim with its evidence links and appearances, from the version the
	 * editor confirmed on the claim's page; their history keeps them.
	 */
	@PostMapping("/editor/claims/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) @Nullable Integer version, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (version == null) {
			// a claim that is not there is not found, whatever the form lacks
			this.claims.claim(id);
			redirect.addFlashAttribute("message", "editor.version.missing");
			return "redirect:/editor/claims/" + id;
		}
		return EditConflicts.save(() -> {
			this.claims.delete(id, version);
			redirect.addFlashAttribute("message", "editor.claim.deleted");
			return "redirect:/claims";
		}, response, () -> {
			// nothing went: the page shows the claim as saved now, to delete again if it
			// should still go
			ClaimView current = current(id, model);
			model.addAttribute("deleting", true);
			return form(ClaimForm.from(current), id, model);
		});
	}

	/**
	 * Rates the claim, or rates it anew, from the version of its rating the editor saw; a
	 * name off the newsroom's scale is refused on its field.
	 */
	@PostMapping("/editor/claims/{id}/rating")
	String rate(@PathVariable long id, @Valid @ModelAttribute("ratingForm") RatingForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (form.name() != null && !form.name().isBlank() && !this.ratings.scale().contains(form.name().strip())) {
			errors.rejectValue("name", "editor.rating.name.offScale",
					new Object[] { String.join(", ", this.ratings.scale()) }, null);
		}
		if (errors.hasErrors()) {
			return form(ClaimForm.from(this.claims.claim(id)), id, model);
		}
		return EditConflicts.save(() -> {
			this.ratings.rate(id, form.version(), form.name(), form.rationale());
			redirect.addFlashAttribute("message", "editor.rating.saved");
			return "redirect:/claims/" + id;
		}, response, () -> {
			// what they rated beside what this editor chose; the form starts again from
			// theirs
			RatingView current = this.ratings.newsroomRating(id).orElseThrow();
			model.addAttribute("ratingMine", form);
			model.addAttribute("ratingCurrent", current);
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "ratingForm");
			model.addAttribute("ratingForm", RatingForm.from(current));
			return form(ClaimForm.from(this.claims.claim(id)), id, model);
		});
	}

	@PostMapping("/editor/claims/{id}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		this.claims.publish(id);
		redirect.addFlashAttribute("message", "editor.claim.published");
		return "redirect:/claims/" + id;
	}

	/** The claim as saved now, to show beside what this editor asked for. */
	private ClaimView current(long id, Model model) {
		ClaimView current = this.claims.claim(id);
		model.addAttribute("current", current);
		model.addAttribute("currentTopics", topicNames(current.topics()));
		return current;
	}

	private static String topicNames(List<TopicView> topics) {
		return topics.stream().map(TopicView::name).sorted().collect(Collectors.joining(", "));
	}

	private static void check(ClaimForm form, BindingResult errors) {
		if (form.positionWithoutSubject()) {
			errors.rejectValue("subjectId", "editor.claim.subject.required");
		}
	}

	private String form(ClaimForm form, @Nullable Long id, Model model) {
		return form(form, id, this.people.everyone(), this.topics.topics(), model);
	}

	private String form(ClaimForm form, @Nullable Long id, List<PersonView> people, List<TopicView> topics,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("claimId", id);
		model.addAttribute("closest", closest(form.statement(), form.subjectId(), id));
		if (id != null) {
			// what deleting the claim takes with it, for the editor to confirm
			model.addAttribute("deletion", this.claims.deletion(id));
			RatingView rating = this.ratings.newsroomRating(id).orElse(null);
			model.addAttribute("rating", rating);
			if (!model.containsAttribute("ratingForm")) {
				model.addAttribute("ratingForm", RatingForm.from(rating));
			}
			model.addAttribute("scale", this.ratings.scale());
		}
		model.addAttribute("people", people);
		model.addAttribute("topics", topics);
		model.addAttribute("kinds", ClaimKind.values());
		return "editor/claim";
	}

}
