package org.claimtracker.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimtracker.common.CurrentEditor;
import org.claimtracker.importing.ImportFile;
import org.claimtracker.importing.ImportRefusedException;
import org.claimtracker.importing.ImportService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Bulk import for editors: files uploaded (articles or claims), and each import's
 * progress, which any editor may watch, in as many windows as they like, and come back to
 * after closing them.
 */
@Controller
class ImportController {

	private static final int RECENT = 20;

	private final ImportService imports;

	ImportController(ImportService imports) {
		this.imports = imports;
	}

	@GetMapping("/editor/imports")
	String imports(Model model) {
		model.addAttribute("runs", this.imports.recent(RECENT));
		model.addAttribute("hypothesisForm", new HypothesisForm(null));
		return "editor/imports";
	}

	@PostMapping("/editor/imports")
	ModelAndView upload(@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> uploads,
			@RequestParam(defaultValue = "false") boolean publish) {
		if (publish && !CurrentEditor.admin()) {
			return refused(Map.of("refusalKey", "editor.import.publishAdminOnly"));
		}
		List<ImportFile> files = new ArrayList<>();
		for (MultipartFile upload : uploads == null ? List.<MultipartFile>of() : uploads) {
			if (!upload.isEmpty()) {
				files.add(this.imports.keep(String.valueOf(upload.getOriginalFilename()), upload::transferTo));
			}
		}
		try {
			long id = this.imports.startKept(files, publish, CurrentEditor.name());
			return new ModelAndView("redirect:/editor/imports/" + id);
		}
		catch (ImportRefusedException ex) {
			return refused(Map.of("refusal", ex.getMessage()));
		}
	}

	/** The import page again, saying why nothing was imported. */
	private ModelAndView refused(Map<String, String> why) {
		ModelAndView page = new ModelAndView("editor/imports", why, HttpStatus.UNPROCESSABLE_CONTENT);
		page.addObject("runs", this.imports.recent(RECENT));
		page.addObject("hypothesisForm", new HypothesisForm(null));
		return page;
	}

	@GetMapping("/editor/imports/{id}")
	String run(@PathVariable long id, Model model) {
		model.addAttribute("run", this.imports.status(id));
		return "editor/import";
	}

	/**
	 * The progress part of an import's page, which the page asks for again while it runs.
	 */
	@GetMapping("/editor/imports/{id}/progress")
	String progress(@PathVariable long id, Model model) {
		model.addAttribute("run", this.imports.status(id));
		return "editor/import :: progress";
	}

}
