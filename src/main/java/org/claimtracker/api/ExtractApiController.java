package org.claimtracker.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.claimtracker.extraction.KnownPerson;
import org.claimtracker.extraction.Proposal;
import org.claimtracker.extraction.QuoteExtractor;
import org.claimtracker.person.PersonService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quote extraction for anyone: POST an article's text (text/plain, or JSON
 * {@code {"text": …}}) and get the proposed quotes with their speakers. Nothing is
 * stored; published people resolve surnames.
 * <p>
 * Each media type has its handler, but the body is read here rather than by a message
 * converter: a converter reads the whole body before the handler runs, however large, so
 * neither the size limit nor the rate limit could come first; and text/plain's converter
 * turns bytes that are not UTF-8 into replacement characters where this API refuses them.
 */
@RestController
@Tag(name = "Extraction", description = "Quotes and speakers proposed in a text; nothing is stored")
class ExtractApiController {

	/** The largest text accepted, in bytes of UTF-8. */
	static final int MAX_BYTES = 1 << 20;

	/** Bytes of text that cost one more token of the client's rate limit. */
	private static final int BYTES_PER_TOKEN = 64 * 1024;

	private final PersonService people;

	private final ClientRateLimit rateLimit;

	private final JsonMapper json;

	ExtractApiController(PersonService people, ClientRateLimit rateLimit, JsonMapper json) {
		this.people = people;
		this.rateLimit = rateLimit;
		this.json = json;
	}

	@Schema(name = "Extraction",
			description = "The text's length (UTF-16) and the quotes proposed in it, with their " + "speakers")
	record Extraction(@Schema(example = "58") int length, List<Proposal> proposals) {

	}

	/** The JSON body: the text, of the JSON types that {@link JsonTypes} keeps strict. */
	@Schema(name = "ExtractRequest", description = "The text to propose quotes in")
	record ExtractRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
			example = "“We will win,” said Jon Ossoff.") @Nullable String text) {

	}

	@PostMapping(path = "/api/v1/extract", consumes = MediaType.TEXT_PLAIN_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "extractQuotes", summary = "Proposes the quotes and speakers in a text",
			description = "Open to anyone, limited per client address (a request costs one token and one more per "
					+ "64 KiB; 40 tokens, refilled at 40 a minute). Published people resolve surnames. A body of "
					+ "another or no media type is read as plain text when its type includes text/plain, as JSON "
					+ "when it is JSON; any other type answers 415.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The text, at most 1 MiB of UTF-8",
					content = {
							@Content(mediaType = MediaType.TEXT_PLAIN_VALUE,
									schema = @Schema(type = "string", maxLength = MAX_BYTES),
									examples = @ExampleObject(name = "text",
											value = "“We will win,” said Jon Ossoff.")),
							@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
									schema = @Schema(implementation = ExtractRequest.class),
									examples = @ExampleObject(name = "json",
											value = "{\"text\": \"“We will win,” said Jon Ossoff.\"}")) }))
	@Problems({ ProblemType.CONTENT_TOO_LARGE, ProblemType.UNSUPPORTED_MEDIA_TYPE, ProblemType.TOO_MANY_REQUESTS })
	Extraction extractPlainText(HttpServletRequest request) throws IOException {
		return extract(request, ExtractApiController::decode);
	}

	@PostMapping(path = "/api/v1/extract", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/*+json" },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(hidden = true) // described with extractPlainText: one operation, two media
								// types
	Extraction extractJson(HttpServletRequest request) throws IOException {
		return extract(request, this::fromJson);
	}

	/**
	 * Any other body, after the same limits: without a Content-Type, or of a type the
	 * handlers above do not name but which includes theirs ({@code text/*},
	 * {@code *}{@code /*}), it is read as before; a type that does not parse is a 400,
	 * any other a 415.
	 */
	@PostMapping(path = "/api/v1/extract", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(hidden = true)
	Extraction extractOther(HttpServletRequest request) throws IOException {
		String contentType = request.getContentType();
		return extract(request, (bytes) -> {
			MediaType type;
			try {
				type = (contentType == null) ? MediaType.TEXT_PLAIN : MediaType.parseMediaType(contentType);
			}
			catch (IllegalArgumentException ex) {
				throw new BadTextException(HttpStatus.BAD_REQUEST, "The Content-Type is not valid");
			}
			if (type.isCompatibleWith(MediaType.TEXT_PLAIN)) {
				return decode(bytes);
			}
			if (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json")) {
				return fromJson(bytes);
			}
			throw new BadTextException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Send text/plain or application/json {\"text\": …}");
		});
	}

	private Extraction extract(HttpServletRequest request, Function<byte[], String> text) throws IOException {
		long declared = request.getContentLengthLong();
		if (declared > MAX_BYTES) {
			throw new TooLargeException();
		}
		long wait = this.rateLimit.spend(request.getRemoteAddr(), 1 + Math.max(0, declared) / (double) BYTES_PER_TOKEN);
		if (wait > 0) {
			throw new RateLimitedException(wait);
		}
		String body = checked(text.apply(read(request)));
		List<KnownPerson> known = this.people.people().stream().map((p) -> new KnownPerson(p.id(), p.name())).toList();
		return new Extraction(body.length(), QuoteExtractor.extract(body, known));
	}

	/** The body's bytes, read no further than one past the limit. */
	private static byte[] read(HttpServletRequest request) throws IOException {
		byte[] bytes;
		try (InputStream in = request.getInputStream()) {
			bytes = in.readNBytes(MAX_BYTES + 1);
		}
		if (bytes.length > MAX_BYTES) {
			throw new TooLargeException();
		}
		return bytes;
	}

	private String fromJson(byte[] bytes) {
		ExtractRequest body;
		try {
			body = this.json.readValue(bytes, ExtractRequest.class);
		}
		catch (InvalidFormatException ex) {
			if (ex.getValue() instanceof String text) {
				checked(text); // names where the half character is
			}
			throw shapeExpected();
		}
		catch (MismatchedInputException ex) {
			throw shapeExpected();
		}
		catch (JacksonException ex) {
			throw new BadTextException(HttpStatus.BAD_REQUEST, "The body is not valid JSON");
		}
		if (body == null || body.text() == null) {
			throw shapeExpected();
		}
		return body.text();
	}

	private static BadTextException shapeExpected() {
		return new BadTextException(HttpStatus.BAD_REQUEST, "Expected a JSON object with a string field \"text\"");
	}

	private static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new BadTextException(HttpStatus.BAD_REQUEST, "The text is not valid UTF-8");
		}
	}

	/** Refuses text that cannot be written back as UTF-8: an unpaired surrogate. */
	private static String checked(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				throw new BadTextException(HttpStatus.BAD_REQUEST, "The text has an unpaired surrogate at index " + i);
			}
		}
		return text;
	}

	@ExceptionHandler(TooLargeException.class)
	ProblemDetail tooLarge() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"The text is larger than " + MAX_BYTES + " bytes");
	}

	@ExceptionHandler(RateLimitedException.class)
	ResponseEntity<ProblemDetail> rateLimited(RateLimitedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"Too many extractions from your address; try again in " + ex.seconds + " seconds");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.seconds))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(BadTextException.class)
	ResponseEntity<ProblemDetail> badText(BadTextException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status, ex.getMessage());
		return ResponseEntity.status(ex.status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static final class TooLargeException extends RuntimeException {

	}

	static final class RateLimitedException extends RuntimeException {

		final long seconds;

		RateLimitedException(long seconds) {
			this.seconds = seconds;
		}

	}

	static final class BadTextException extends RuntimeException {

		final HttpStatus status;

		BadTextException(HttpStatus status, String message) {
			super(message);
			this.status = status;
		}

	}

}
