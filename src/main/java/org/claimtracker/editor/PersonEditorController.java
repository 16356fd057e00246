package org.claimtracker.editor;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.claimtracker.person.DuplicatePersonException;
import org.claimtracker.person.PersonService;
import org.claimtracker.person.PersonView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Fixing a person's name, party and description, such as a speaker's name mistyped while
 * marking a quote; a save from a stale version shows the person as saved now beside the
 * editor's own entry.
 */
@Controller
class PersonEditorController {

	private final PersonService people;

	PersonEditorController(PersonService people) {
		this.people = people;
	}

	@GetMapping("/editor/people/{id}")
	String edit(@PathVariable long id, Model model) {
		PersonView person = this.people.draft(id);
		return page(person, PersonForm.from(person), model);
	}

	@PostMapping("/editor/people/{id}")
	String revise(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (form.version() == null) {
			errors.reject("editor.version.missing");
		}
		if (!errors.hasErrors()) {
			try {
				return EditConflicts.save(() -> {
					this.people.revise(id, form.version(), form.toDetails());
					redirect.addFlashAttribute("message", "editor.person.revised");
					return "redirect:/people/" + id;
				}, response, () -> {
					// their entry beside this editor's, to start again from theirs
					PersonView current = this.people.draft(id);
					model.addAttribute("current", current);
					model.addAttribute("mine", form.toDetails());
					return page(current, PersonForm.from(current), model);
				});
			}
			catch (DuplicatePersonException ex) {
				errors.rejectValue("name", "editor.person.duplicate");
				model.addAttribute("existingId", ex.getExistingId());
			}
		}
		return page(this.people.draft(id), form, model);
	}

	private String page(PersonView person, PersonForm form, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("form", form);
		return "editor/person";
	}

}
