package org.claimtracker.editor;

import org.claimtracker.claim.ClaimPicker;
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

	QuoteEditorPage(PageService reader, ClaimPicker picker, PersonService people) {
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
		model.addAttribute("claims", this.picker.claimsToPick(find, link.claimId()));
		model.addAttribute("stances", Stance.values());
		return "editor/quote";
	}

}
