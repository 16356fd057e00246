package org.claimtracker.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Boot's error controller, answering with RFC 9457 problem details instead of its own
 * JSON: for every client that does not ask for HTML, and for every address under
 * {@code /api/} whatever it asks for, since the API promises problem details. These are
 * the errors no controller advice sees: an unknown address, an unsupported method, a
 * failure outside a controller. HTML pages come from {@link ErrorViews}.
 */
@Controller
class ErrorResponses extends BasicErrorController {

	private static final TypeReference<Map<String, Object>> PROBLEM = new TypeReference<>() {
	};

	private final ErrorAttributes attributes;

	private final JsonMapper json;

	ErrorResponses(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> pages,
			JsonMapper json) {
		super(attributes, web.getError(), pages.orderedStream().toList());
		this.attributes = attributes;
		this.json = json;
	}

	@Override
	public @Nullable ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		String allowed = allowed(request);
		if (allowed != null) {
			response.setHeader(HttpHeaders.ALLOW, allowed);
		}
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri == null || !uri.startsWith(request.getContextPath() + "/api/")) {
			return super.errorHtml(request, response);
		}
		ProblemDetail problem = problem(request);
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		try {
			this.json.writeValue(response.getOutputStream(), problem);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return null;
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		ProblemDetail problem = problem(request);
		String allowed = allowed(request);
		return ResponseEntity.status(problem.getStatus()).headers((headers) -> {
			if (allowed != null) {
				headers.set(HttpHeaders.ALLOW, allowed);
			}
		}).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(this.json.convertValue(problem, PROBLEM));
	}

	/**
	 * The status of the error reported. The error address asked for directly reports
	 * none, as nothing failed: it is there for the container to forward errors to, so it
	 * is not found, like any address with nothing at it, rather than Boot's 500.
	 */
	@Override
	protected HttpStatus getStatus(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			return HttpStatus.NOT_FOUND;
		}
		return super.getStatus(request);
	}

	private ProblemDetail problem(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status, request));
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		problem.setInstance(URI.create((uri != null) ? uri : request.getRequestURI()));
		return problem;
	}

	private String detail(HttpStatus status, HttpServletRequest request) {
		return switch (status.value()) {
			case 404 -> "There is nothing at this address";
			case 405 ->
				(cause(request) instanceof HttpRequestMethodNotSupportedException ex && allowed(request) != null)
						? "This address does not accept " + ex.getMethod() + " requests; it accepts " + allowed(request)
						: "This address does not accept this method";
			default -> status.is5xxServerError() ? "The request could not be completed" : status.getReasonPhrase();
		};
	}

	/** The methods the address accepts, when the error is a method it does not. */
	private @Nullable String allowed(HttpServletRequest request) {
		if (cause(request) instanceof HttpRequestMethodNotSupportedException ex && ex.getSupportedMethods() != null) {
			return String.join(", ", ex.getSupportedMethods());
		}
		return null;
	}

	/**
	 * The exception behind the error, which knows the method asked for: the error
	 * dispatch itself is a GET whatever the client sent.
	 */
	private @Nullable Throwable cause(HttpServletRequest request) {
		return this.attributes.getError(new ServletWebRequest(request));
	}

}
