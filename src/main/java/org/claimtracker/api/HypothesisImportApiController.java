package org.claimtracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import org.claimtracker.common.CurrentEditor;
import org.claimtracker.importing.HypothesisFile;
import org.claimtracker.importing.HypothesisImport;
import org.claimtracker.importing.HypothesisReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports annotations from Hypothesis, for editors with a token: the JSON its API answers
 * for a user's or a group's annotations ({@code GET /api/search?uri=…&user=…}), posted as
 * the request's body or as a {@code file} part. Each annotation of an article already in
 * ClaimTracker becomes a proposed quote in its review queue; the answer is the report of
 * every row ({@link HypothesisReport}).
 */
@RestController
@Tag(name = "Open formats")
@SecurityRequirement(name = OpenApiConfiguration.API_TOKEN)
class HypothesisImportApiController {

	private static final String PATH = "/api/v1/imports/hypothesis";

	private final HypothesisImport imports;

	HypothesisImportApiController(HypothesisImport imports) {
		this.imports = imports;
	}

	/**
	 * The export as the body: {@code {total, rows: […]}} as Hypothesis answers it, a list
	 * of its annotations, or one. 200 with the report; 400 if it is no Hypothesis export;
	 * 413 past {@value HypothesisFile#MAX_BYTES} bytes.
	 */
	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = "application/json")
	@Operation(operationId = "importHypothesis",
			summary = "Imports a Hypothesis export: each annotation of an article here becomes a proposed quote",
			description = "What Hypothesis's API answers for a user's or a group's annotations (`{total, rows}`), a "
					+ "list of its annotations, or one; as the body or as a `file` part. Rows are matched to "
					+ "articles by their address and placed in the stored text by their TextQuoteSelector; every "
					+ "row not taken is reported with its reason (docs/api.md, \"Hypothesis annotations in\").",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The export, at most 20 MB",
					content = {
							@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
									schema = @Schema(type = "object", description = "A Hypothesis search answer")),
							@Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
									schema = @Schema(type = "object", description = "The export as a file part",
											requiredProperties = "file")) }))
	@ApiResponse(responseCode = "200", description = "What became of each row")
	@Problems(ProblemType.CONTENT_TOO_LARGE)
	HypothesisReport importBody(HttpServletRequest request) throws IOException {
		return this.imports.importExport(HypothesisFile.read(request.getInputStream()), CurrentEditor.name());
	}

	/** The export as a {@code file} part of {@code multipart/form-data}; as above. */
	@Operation(hidden = true) // described with importBody: one operation, two media types
	@PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = "application/json")
	HypothesisReport importFile(@RequestParam("file") MultipartFile file) throws IOException {
		return this.imports.importExport(HypothesisFile.read(file.getInputStream()), CurrentEditor.name());
	}

	@ExceptionHandler(HypothesisImport.NotAnExportException.class)
	ProblemDetail notAnExport(HypothesisImport.NotAnExportException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(HypothesisFile.TooLargeException.class)
	ProblemDetail tooLarge(HypothesisFile.TooLargeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage());
	}

}
