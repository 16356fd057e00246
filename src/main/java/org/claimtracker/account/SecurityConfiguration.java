package org.claimtracker.account;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Readers need no account; editors and admins sign in with a form. Every form carries a
 * CSRF token, and pages are served with a Content-Security-Policy that allows no inline
 * script.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * The management port (health, info, metrics): it listens on the loopback address
	 * unless configured otherwise, so it is open to whoever reaches it, with no session,
	 * cookie or sign-in page. First, so that no rule of the site's applies there.
	 */
	@Bean
	@Order(-1)
	SecurityFilterChain management(HttpSecurity http) throws Exception {
		http.securityMatcher(new ManagementRequests())
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable());
		return http.build();
	}

	/**
	 * Styles and scripts: open to all, and kept by browsers for as long as the resource
	 * handler says (their addresses change with their content), so without the no-cache
	 * headers pages get.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain assetFiles(HttpSecurity http) throws Exception {
		http.securityMatcher("/css/**", "/js/**", "/img/**", "/webjars/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable()));
		return http.build();
	}

	/**
	 * The JSON API: reads are open (but for imports, which are editors'), writes need a
	 * personal API token; no session and no cookie, so no CSRF token either. Errors are
	 * problem details.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, ApiProblemWriter problems) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/v1/imports", "/api/v1/imports/**")
				.hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
				.requestMatchers(HttpMethod.GET, "/api/**")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/api/**")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/extract")
				.permitAll()
				.anyRequest()
				.hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name()))
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.addObjectPostProcessor(HEADERS_FIRST))
			.addFilterBefore(new ApiTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, HandlerMappingIntrospector mvc, ObjectProvider<MeterRegistry> meters)
			throws Exception {
		// a method an address does not take is MVC's to refuse, with 405 and the
		// methods it does take, not security's with a missing token or the sign-in
		// form: no handler runs, so nothing can be forged. Signing in and out are the
		// POSTs that security takes itself, where MVC has at most a page to show.
		RequestMatcher unsupported = new AndRequestMatcher(new UnsupportedMethod(mvc),
				new NegatedRequestMatcher(
						new OrRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/login"),
								PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/logout"))));
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/editor/**", "/history/**")
			.hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.permitAll()
			// MVC answers with the methods the address takes
			.requestMatchers(HttpMethod.OPTIONS, "/**")
			.permitAll()
			.requestMatchers(unsupported)
			.permitAll()
			.requestMatchers("/login", "/error", "/api/v1/extract")
			.permitAll()
			.anyRequest()
			.hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name()))
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/editor")
				// failures are counted where metrics are kept; a web slice without them
				// counts for no one
				.failureHandler(new SignInFailureHandler(meters.getIfAvailable(SimpleMeterRegistry::new)))
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			// neither a visitor's sign-in form nor the page they were sent to sign in
			// from
			// makes a session: both wait in cookies until someone signs in
			.csrf((csrf) -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokenRepository())
				.ignoringRequestMatchers(unsupported))
			.requestCache((cache) -> cache.requestCache(new ReturnAfterSignIn()))
			// the error page tells a refusal for the account's role from an expired form
			// by the exception
			.exceptionHandling((errors) -> errors.accessDeniedHandler((request, response, denied) -> {
				request.setAttribute(WebAttributes.ACCESS_DENIED_403, denied);
				new AccessDeniedHandlerImpl().handle(request, response, denied);
			}))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.addObjectPostProcessor(HEADERS_FIRST));
		return http.build();
	}

	/**
	 * Security headers are written before the request is handled, not once it returns: an
	 * export streams its body from another thread, which must not race the request's own
	 * thread to them.
	 */
	private static final ObjectPostProcessor<HeaderWriterFilter> HEADERS_FIRST = new ObjectPostProcessor<>() {

		@Override
		public <O extends HeaderWriterFilter> O postProcess(O filter) {
			filter.setShouldWriteHeadersEagerly(true);
			return filter;
		}

	};

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
