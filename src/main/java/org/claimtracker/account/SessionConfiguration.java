package org.claimtracker.account;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.session.autoconfigure.SessionTimeout;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Editors' sessions, which Spring Session keeps in PostgreSQL: the session cookie is read
 * only when it holds a well-formed id, and each session is held to its lifetime
 * ({@code spring.session.timeout} unused once signed in, minutes before, and
 * {@code claimtracker.session.absolute-timeout} in all).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/**
	 * Wraps the cookie serializer Boot configures from
	 * {@code server.servlet.session.cookie.*} rather than replacing it, so that every
	 * setting of the cookie still applies.
	 */
	@Bean
	static BeanPostProcessor wellFormedSessionIds() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof CookieSerializer cookies && !(bean instanceof SessionIdCookie))
						? new SessionIdCookie(cookies) : bean;
			}

		};
	}

	@Bean
	FilterRegistrationBean<SessionLifetimes> sessionLifetimes(SessionTimeout signedInIdle,
			@Value("${claimtracker.session.anonymous-timeout:10m}") Duration anonymousIdle,
			@Value("${claimtracker.session.absolute-timeout:7d}") Duration absolute) {
		FilterRegistrationBean<SessionLifetimes> registration = new FilterRegistrationBean<>(
				new SessionLifetimes(signedInIdle.getTimeout(), anonymousIdle, absolute));
		// inside Spring Session's filter, which gives the request its session, and before
		// security, which is the first to use it
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		return registration;
	}

}
