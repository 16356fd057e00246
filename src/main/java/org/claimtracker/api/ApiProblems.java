package org.claimtracker.api;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.claimtracker.article.DuplicateArticleException;
import org.claimtracker.claim.DuplicateEvidenceException;
import org.claimtracker.common.NotFoundException;
import org.claimtracker.common.StaleEditException;
import org.claimtracker.common.SavedAtOnce;
import org.claimtracker.common.UnknownFilterException;
import org.claimtracker.common.UnstorableText;
import org.claimtracker.person.DuplicatePersonException;
import org.claimtracker.importing.ImportRefusedException;
import org.claimtracker.quote.AnchorMismatchException;
import org.claimtracker.quote.QuotesSaidLaterException;
import org.claimtracker.quote.SaidAfterPublishedException;
import org.claimtracker.search.BadSearchException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Answers every API error a client can cause as RFC 9457 problem details. Their type is
 * about:blank, so their title is the status's reason phrase (RFC 9457, 4.2.1), which
 * {@link ProblemDetail} gives when none is set, as in the problems Spring answers itself
 * (405, 415…): what went wrong is the detail.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final String INVALID_FIELDS = "Some fields are not valid";

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/** Files an import cannot take: the wrong kind, or articles and claims together. */
	@ExceptionHandler(ImportRefusedException.class)
	ProblemDetail importRefused(ImportRefusedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(UnknownReferenceException.class)
	ProblemDetail unknownReference(UnknownReferenceException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setProperty("errors", List.of(fieldError(ex.getField(), ex.getFieldMessage())));
		return problem;
	}

	@ExceptionHandler(SaidAfterPublishedException.class)
	ProblemDetail saidAfterPublished(SaidAfterPublishedException ex, Locale locale) {
		return invalidField("saidOn", message(ex.getMessageKey(), ex.getArguments(), locale));
	}

	/** An article's new date before its quotes were said: the problem links each. */
	@ExceptionHandler(QuotesSaidLaterException.class)
	ProblemDetail quotesSaidLater(QuotesSaidLaterException ex, Locale locale) {
		ProblemDetail problem = invalidField("published", message(ex.getMessageKey(), ex.getArguments(), locale));
		problem.setProperty("quotes", ex.getQuotes().stream().map((quote) -> "/api/v1/quotes/" + quote.id()).toList());
		return problem;
	}

	/**
	 * A write from an older version than the one saved now, found by the version check
	 * (the problem holds the current version) or by the database when two writes passed
	 * that check at the same moment.
	 */
	@ExceptionHandler(StaleEditException.class)
	ProblemDetail stale(StaleEditException ex) {
		Object current = ex.getCurrent();
		if (current == null) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
					ex.getMessage() + "; fetch it again");
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
				ex.getMessage() + "; fetch it again and send its current ETag in If-Match");
		problem.setProperty("current", current);
		return problem;
	}

	@ExceptionHandler(PreconditionRequiredException.class)
	ProblemDetail preconditionRequired(PreconditionRequiredException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, ex.getMessage());
	}

	@ExceptionHandler(DuplicateArticleException.class)
	ProblemDetail duplicateArticle(DuplicateArticleException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"An article with this URL exists: /api/v1/articles/" + ex.getExistingId());
		problem.setProperty("existing", "/api/v1/articles/" + ex.getExistingId());
		return problem;
	}

	@ExceptionHandler(DuplicatePersonException.class)
	ProblemDetail duplicatePerson(DuplicatePersonException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Someone else is listed under this name: /api/v1/people/" + ex.getExistingId());
		problem.setProperty("existing", "/api/v1/people/" + ex.getExistingId());
		return problem;
	}

	@ExceptionHandler(DuplicateEvidenceException.class)
	ProblemDetail duplicateEvidence(DuplicateEvidenceException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(BadSearchException.class)
	ProblemDetail badSearch(BadSearchException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("parameter", ex.getParameter());
		return problem;
	}

	@ExceptionHandler({ AnchorMismatchException.class, IllegalArgumentException.class })
	ProblemDetail invalid(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	/**
	 * What the database refused to store: text it cannot hold (a NUL character in a JSON
	 * string), or something unique saved twice at once. Nothing was stored.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail notStored(DataIntegrityViolationException ex) {
		if (UnstorableText.caused(ex)) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, UnstorableText.MESSAGE);
		}
		if (SavedAtOnce.caused(ex)) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, SavedAtOnce.MESSAGE);
		}
		throw ex;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ex.getBody();
		problem.setDetail(INVALID_FIELDS);
		problem.setProperty("errors",
				ex.getFieldErrors()
					.stream()
					.map((e) -> fieldError(e.getField(), String.valueOf(e.getDefaultMessage())))
					.toList());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * A body that is not JSON, or holds a value of the wrong kind: the problem names the
	 * field.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "The body is not JSON of the expected shape");
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = mismatch.getPath()
				.stream()
				.map((step) -> (step.getPropertyName() != null) ? step.getPropertyName()
						: Integer.toString(step.getIndex()))
				.collect(Collectors.joining("."));
			problem.setDetail(INVALID_FIELDS);
			String message = (mismatch instanceof InvalidFormatException invalid
					&& invalid.getValue() instanceof String text && UnstorableText.splitsACharacter(text))
							? UnstorableText.HALF_A_CHARACTER : expected(mismatch.getTargetType());
			problem.setProperty("errors", List.of(fieldError(field, message)));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** A body whose field breaks a rule that no annotation checks: 400 naming it. */
	private static ProblemDetail invalidField(String field, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, INVALID_FIELDS);
		problem.setProperty("errors", List.of(fieldError(field, message)));
		return problem;
	}

	/** A message of {@code messages.properties}, as the pages show it. */
	private String message(String key, Object[] arguments, Locale locale) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * One entry of a problem's {@code errors}: a field of the body and what is wrong with
	 * it.
	 */
	private static Map<String, String> fieldError(String field, String message) {
		return Map.of("field", field, "message", message);
	}

	/** What a field of that type takes, said as the other field messages say it. */
	private static String expected(@Nullable Class<?> type) {
		if (type == null) {
			return "This value is of the wrong kind.";
		}
		if (LocalDate.class.equals(type)) {
			return "Give a date like 2024-05-06.";
		}
		if (type.isEnum()) {
			return "Use one of "
					+ Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "))
					+ ".";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "Give a whole number.";
		}
		return String.class.equals(type) ? "Give text." : "This value is of the wrong kind.";
	}

	@ExceptionHandler(BadParameterException.class)
	ProblemDetail outOfRange(BadParameterException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("parameter", ex.getParameter());
		return problem;
	}

	@ExceptionHandler(UnknownFilterException.class)
	ProblemDetail unknownFilter(UnknownFilterException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setProperty("parameter", ex.getParameter());
		return problem;
	}

	/**
	 * An address with a percent-encoded byte that is no UTF-8: no parameter of it can be
	 * read.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ProblemDetail undecodable() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The address holds a percent-encoded character that is not UTF-8, such as %ff.");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Parameter '" + ex.getName() + "' has an invalid value");
		problem.setProperty("parameter", ex.getName());
		return problem;
	}

}
