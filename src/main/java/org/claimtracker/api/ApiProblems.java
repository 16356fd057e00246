package org.claimtracker.api;

import java.util.Map;

import org.claimtracker.article.DuplicateArticleException;
import org.claimtracker.claim.DuplicateEvidenceException;
import org.claimtracker.common.NotFoundException;
import org.claimtracker.common.StaleEditException;
import org.claimtracker.quote.AnchorMismatchException;
import org.claimtracker.search.BadSearchException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** Answers every API error a client can cause as RFC 9457 problem details. */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler(StaleEditException.class)
	ProblemDetail stale(StaleEditException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
				ex.getMessage() + "; fetch it again and send its current ETag in If-Match");
		problem.setTitle("Stale version");
		problem.setProperty("current", ex.getCurrent());
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail raced() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
				"Someone else changed this item at the same moment; fetch it again");
		problem.setTitle("Stale version");
		return problem;
	}

	@ExceptionHandler(PreconditionRequiredException.class)
	ProblemDetail preconditionRequired(PreconditionRequiredException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, ex.getMessage());
		problem.setTitle("If-Match required");
		return problem;
	}

	@ExceptionHandler(DuplicateArticleException.class)
	ProblemDetail duplicateArticle(DuplicateArticleException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"An article with this URL exists: /api/v1/articles/" + ex.getExistingId());
		problem.setTitle("Duplicate article");
		problem.setProperty("existing", "/api/v1/articles/" + ex.getExistingId());
		return problem;
	}

	@ExceptionHandler(DuplicateEvidenceException.class)
	ProblemDetail duplicateEvidence(DuplicateEvidenceException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Duplicate evidence");
		return problem;
	}

	@ExceptionHandler(BadSearchException.class)
	ProblemDetail badSearch(BadSearchException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Bad search parameter");
		problem.setProperty("parameter", ex.getParameter());
		return problem;
	}

	@ExceptionHandler({ AnchorMismatchException.class, IllegalArgumentException.class })
	ProblemDetail invalid(RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Bad request");
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ex.getBody();
		problem.setDetail("Some fields are not valid");
		problem.setProperty("errors", ex.getFieldErrors()
			.stream()
			.map((e) -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
			.toList());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Parameter '" + ex.getName() + "' has an invalid value");
		problem.setTitle("Bad request");
		problem.setProperty("parameter", ex.getName());
		return problem;
	}

}
