package org.claimtracker.common;

import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A save the database refused for a lost optimistic lock reaches callers of a
 * transactional method as the stale edit its service throws itself.
 */
class StaleEditTranslationTest {

	@Test
	void aLostLockInATransactionalMethodIsAStaleEdit() {
		Saves saves = proxied(new Saves());
		assertThatThrownBy(saves::save).isInstanceOf(StaleEditException.class)
			.hasMessage("Someone else changed this item at the same moment")
			.hasCauseInstanceOf(ObjectOptimisticLockingFailureException.class)
			.satisfies((ex) -> assertThat(((StaleEditException) ex).getCurrent()).isNull());
	}

	@Test
	void methodsOutsideATransactionAreLeftAlone() {
		Saves saves = proxied(new Saves());
		assertThatThrownBy(saves::untransacted).isInstanceOf(ObjectOptimisticLockingFailureException.class);
	}

	private static Saves proxied(Saves target) {
		ProxyFactory proxies = new ProxyFactory(target);
		proxies.setProxyTargetClass(true);
		proxies.addAdvisor(StaleEditTranslation.staleEditAdvisor());
		return (Saves) proxies.getProxy();
	}

	static class Saves {

		@Transactional
		public void save() {
			throw new ObjectOptimisticLockingFailureException("claim", 7L);
		}

		public void untransacted() {
			throw new ObjectOptimisticLockingFailureException("claim", 7L);
		}

	}

}
