package org.claimtracker.common;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where a lost optimistic lock becomes a {@link StaleEditException}. Two
 * saves from the same version can both pass a service's version check; the database then
 * refuses the later one's versioned UPDATE, at a flush or at commit, as an
 * {@link OptimisticLockingFailureException}. Wrapped around every transactional service
 * method, outside its transaction so that the commit is inside, this turns that into the
 * exception the service throws itself for a stale version, so that callers handle one.
 */
@Configuration(proxyBeanMethods = false)
class StaleEditTranslation {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor staleEditAdvisor() {
		MethodInterceptor translate = (invocation) -> {
			try {
				return invocation.proceed();
			}
			catch (OptimisticLockingFailureException ex) {
				throw StaleEditException.raced(ex);
			}
		};
		ComposablePointcut transactional = new ComposablePointcut(
				new AnnotationMatchingPointcut(Transactional.class, true))
			.union(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class));
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional, translate);
		// before the transaction advisor, which has the lowest precedence: around it
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return advisor;
	}

}
