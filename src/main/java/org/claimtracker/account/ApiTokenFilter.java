package org.claimtracker.account;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <token>}, as the
 * token's owner.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	/**
	 * Set on a request whose bearer token is unknown, revoked, or of a disabled account.
	 */
	static final String INVALID_TOKEN = ApiTokenFilter.class.getName() + ".invalid";

	private final ApiTokenService tokens;

	ApiTokenFilter(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			Optional<ApiTokenService.Owner> owner = this.tokens.authenticate(header.substring(7).strip());
			if (owner.isPresent()) {
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner.get().username(), null,
							List.of(new SimpleGrantedAuthority("ROLE_" + owner.get().role().name()))));
			}
			else {
				// reads go on as anyone's; a write is refused saying the token itself is
				// the trouble
				request.setAttribute(INVALID_TOKEN, Boolean.TRUE);
			}
		}
		chain.doFilter(request, response);
	}

}
