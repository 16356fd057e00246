package org.claimtracker.account;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;

/**
 * Editors' sessions, which Spring Session keeps in PostgreSQL: the session cookie is read
 * only when it holds a well-formed id.
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

}
