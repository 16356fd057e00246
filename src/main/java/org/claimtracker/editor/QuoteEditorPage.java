package org.claimtracker.editor;

import java.util.List;

import org.claimtracker.claim.ClaimMatches;
import org.claimtracker.claim.ClaimPicker;
import org.claimtracker.claim.ClaimSummary;
import org.claimtracker.claim.Stance;
import org.claimtracker.person.PersonService;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.pages.Pages;
import org.claimtracker.pages.PageService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The editor's quote page, which holds two kinds of form (revising the quote, linking it
 * to claims): shared so that either one's handler can show the page again with its own
 * errors or conflict.
 */
@Component
class QuoteEditorPage {

	private final PageService reader;

	private final ClaimPicker picker;

	private final PersonService people;

	private final ClaimMatches matches;

	/** How many claims the form suggests as closest to the quote. */
	static final int CLOSEST = 5;

	QuoteEditorPage(PageService reader, ClaimPicker picker, PersonService people, ClaimMatches matches) {
		this.matches = matches;
		this.reader = reader;
		this.picker = picker;
		this.people = people;
	}

	/**
	 * The page with the given forms; no revise form means one holding the quote as saved.
	 */
	String show(long quoteId, @Nullable QuoteForm revise, EvidenceForm link, @Nullable String find, Model model) {
		Pages.Quote page = this.reader.quote(quoteId);
		model.addAttribute("page", page);
		model.addAttribute("quoteForm", (revise != null) ? revise : QuoteForm.from(page.quote()));
		model.addAttribute("people", this.people.everyone());
		model.addAttribute("kinds", QuoteKind.values());
		model.addAttribute("form", link);
		model.addAttribute("find", find);
		// the claims closest to the quote first, then the others to pick from; claims the
		// editor looked for by their words are all the list holds
		List<ClaimSummary> closest = (find == null || find.isBlank())
				? this.matches.closestToQuote(page.quote().exact(), page.quote().speakerId(), CLOSEST) : List.of();
		model.addAttribute("closest", closest);
		model.addAttribute("claims",
				this.picker.claimsToPick(find, link.claimId())
					.stream()
					.filter((c) -> closest.stream().noneMatch((s) -> s.id() == c.id()))
					.toList());
		model.addAttribute("stances", Stance.values());
		return "editor/quote";
	}

}
