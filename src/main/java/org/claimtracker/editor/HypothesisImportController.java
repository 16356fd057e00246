package org.claimtracker.editor;

import java.io.IOException;

import org.claimtracker.common.CurrentEditor;
import org.claimtracker.importing.HypothesisFile;
import org.claimtracker.importing.HypothesisImport;
import org.claimtracker.importing.HypothesisReport;
import org.claimtracker.importing.ImportService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Annotations from Hypothesis, uploaded on the import page: each of an article already in
 * ClaimTracker becomes a proposed quote in its review queue, and the report that follows
 * lists them and every row not taken, with its reason. A file that is no Hypothesis
 * export brings the import page back with the reason beside the field.
 */
@Controller
class HypothesisImportController {

	private static final int RECENT = 20;

	private final HypothesisImport hypothesis;

	private final ImportService imports;

	HypothesisImportController(HypothesisImport hypothesis, ImportService imports) {
		this.hypothesis = hypothesis;
		this.imports = imports;
	}

	@PostMapping("/editor/imports/hypothesis")
	ModelAndView upload(@ModelAttribute("hypothesisForm") HypothesisForm form, BindingResult errors,
			RedirectAttributes redirect) throws IOException {
		if (form.file() == null || form.file().isEmpty()) {
			errors.rejectValue("file", "editor.hypothesis.file.required");
			return again();
		}
		try {
			HypothesisReport report = this.hypothesis.importExport(HypothesisFile.read(form.file().getInputStream()),
					CurrentEditor.name());
			redirect.addFlashAttribute("report", report);
			return new ModelAndView("redirect:/editor/imports/hypothesis");
		}
		catch (HypothesisImport.NotAnExportException | HypothesisFile.TooLargeException ex) {
			errors.rejectValue("file", "editor.hypothesis.file.refused", new Object[] { ex.getMessage() },
					ex.getMessage());
			return again();
		}
	}

	/** The report of the import just made; without one, the import page. */
	@GetMapping("/editor/imports/hypothesis")
	String report(Model model) {
		return model.containsAttribute("report") ? "editor/hypothesis-report" : "redirect:/editor/imports";
	}

	/** The import page again, with the form's errors. */
	private ModelAndView again() {
		ModelAndView page = new ModelAndView("editor/imports", HttpStatus.UNPROCESSABLE_CONTENT);
		page.addObject("runs", this.imports.recent(RECENT));
		return page;
	}

}
