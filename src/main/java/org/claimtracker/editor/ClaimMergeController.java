package org.claimtracker.editor;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.claimtracker.claim.ClaimMerged;
import org.claimtracker.claim.ClaimMerging;
import org.claimtracker.claim.ClaimService;
import org.claimtracker.claim.ClaimView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Merging a duplicate claim into the claim kept: a page that sets the two side by side
 * with what will move, to confirm from; the merge itself refuses a version of either that
 * someone changed since.
 */
@Controller
class ClaimMergeController {

	private final ClaimService claims;

	private final ClaimMerging merging;

	ClaimMergeController(ClaimService claims, ClaimMerging merging) {
		this.claims = claims;
		this.merging = merging;
	}

	@GetMapping("/editor/claims/{id}/merge")
	String confirm(@PathVariable long id, @RequestParam long duplicate, Model model) {
		return page(id, duplicate, model);
	}

	@PostMapping("/editor/claims/{id}/merge")
	String merge(@PathVariable long id, @RequestParam long duplicate, @RequestParam int keptVersion,
			@RequestParam int duplicateVersion, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (id == duplicate) {
			return page(id, duplicate, model);
		}
		return EditConflicts.save(() -> {
			ClaimMerged merged = this.merging.merge(id, keptVersion, duplicate, duplicateVersion);
			redirect.addFlashAttribute("message", "editor.claim.merged");
			List<String> notes = new ArrayList<>();
			if (!merged.quotesLinkedToBoth().isEmpty()) {
				notes.add("editor.claim.merged.both");
			}
			if (merged.ratingDropped()) {
				notes.add("editor.claim.merged.rating");
			}
			redirect.addFlashAttribute("mergeNotes", notes);
			return "redirect:/claims/" + id;
		}, response, () -> {
			model.addAttribute("conflict", true);
			return page(id, duplicate, model);
		});
	}

	private String page(long id, long duplicate, Model model) {
		ClaimView kept = this.claims.claim(id);
		model.addAttribute("kept", kept);
		if (id == duplicate) {
			model.addAttribute("itself", true);
			return "editor/claim-merge";
		}
		model.addAttribute("duplicate", this.claims.claim(duplicate));
		model.addAttribute("moving", this.claims.deletion(duplicate));
		return "editor/claim-merge";
	}

}
