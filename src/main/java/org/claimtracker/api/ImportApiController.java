package org.claimtracker.api;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.claimtracker.common.CurrentEditor;
import org.claimtracker.importing.ImportFile;
import org.claimtracker.importing.ImportProblem;
import org.claimtracker.importing.ImportService;
import org.claimtracker.importing.ImportStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import through the API: files posted as {@code multipart/form-data} start an
 * import in the background (202, with the run's address), whose status anyone with a
 * token may follow. Only an admin may import as published.
 */
@RestController
@RequestMapping(path = "/api/v1/imports", produces = "application/json")
@Tag(name = "Imports",
		description = "Bulk import of articles and claims (docs/import.md), for editors: reads "
				+ "included, every route needs a token")
@SecurityRequirement(name = OpenApiConfiguration.API_TOKEN)
class ImportApiController {

	private static final int RECENT = 20;

	private final ImportService imports;

	ImportApiController(ImportService imports) {
		this.imports = imports;
	}

	/** An import run as the API gives it. */
	@Schema(name = "Import", description = "An import run: its state (QUEUED, RUNNING, DONE or FAILED, with "
			+ "`message` saying why), its counts, and the first 200 records it could not take")
	record ImportJson(long id, String kind, String state, boolean publish, String startedBy, List<String> files,
			long total, long done, long added, long unchanged, long corrected, long failed, double perSecond,
			@Nullable Long secondsLeft, @Nullable String message, Instant createdAt, @Nullable Instant startedAt,
			@Nullable Instant endedAt, List<ImportProblem> problems) {

		static ImportJson of(ImportStatus run) {
			return new ImportJson(run.id(), run.kind().name(), run.state().name(), run.publish(), run.startedBy(),
					run.files(), run.total(), run.done(), run.added(), run.unchanged(), run.corrected(), run.failed(),
					Math.round(run.perSecond() * 10) / 10.0, run.secondsLeft(), run.message(), run.createdAt(),
					run.startedAt(), run.endedAt(), run.problems());
		}

	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(operationId = "startImport", summary = "Starts importing files in the background",
			description = "Articles as JSON Lines, saved pages or a zip of them; claims as CSV or ClaimReview. Files "
					+ "of no known format, of the wrong kind for their name, or articles and claims together answer "
					+ "400 saying what was expected, and nothing is imported.")
	@ApiResponse(responseCode = "202", description = "Started: the run's address in `Location`")
	ResponseEntity<ImportJson> start(
			@RequestParam("file") @Parameter(description = "One part per file",
					example = "articles.jsonl") List<MultipartFile> uploads,
			@RequestParam(defaultValue = "false") @Parameter(
					description = "Import as published: for an admin only (403 for an editor)",
					example = "false") boolean publish) {
		if (publish && !CurrentEditor.admin()) {
			throw new AccessDeniedException(
					"Only an admin may import as published; leave out publish to import drafts");
		}
		List<ImportFile> files = new ArrayList<>();
		for (MultipartFile upload : uploads) {
			files.add(this.imports.keep(String.valueOf(upload.getOriginalFilename()), upload::transferTo));
		}
		long id = this.imports.startKept(files, publish, CurrentEditor.name());
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/imports/" + id))
			.body(ImportJson.of(this.imports.status(id)));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getImport", summary = "An import run, with the records it could not take")
	ImportJson status(@PathVariable @Parameter(description = "The run's id", example = "1") long id) {
		return ImportJson.of(this.imports.status(id));
	}

	@GetMapping
	@Operation(operationId = "listImports", summary = "The 20 latest import runs, without their problems")
	List<ImportJson> recent() {
		return this.imports.recent(RECENT).stream().map(ImportJson::of).toList();
	}

}
