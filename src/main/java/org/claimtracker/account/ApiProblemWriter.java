package org.claimtracker.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers API requests without a valid token (401) or without the right role (403) as
 * problem details.
 */
@Component
class ApiProblemWriter implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;

	ApiProblemWriter(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (request.getAttribute(ApiTokenFilter.INVALID_TOKEN) != null) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			write(response, HttpStatus.UNAUTHORIZED,
					"This API token does not work: it was revoked, its account is disabled, or it is not whole",
					request);
			return;
		}
		response.setHeader("WWW-Authenticate", "Bearer");
		write(response, HttpStatus.UNAUTHORIZED,
				"Writing needs a personal API token: send it as 'Authorization: Bearer <token>'", request);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(response, HttpStatus.FORBIDDEN, "This token's account may not do this", request);
	}

	private void write(HttpServletResponse response, HttpStatus status, String detail, HttpServletRequest request)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType("application/problem+json");
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
