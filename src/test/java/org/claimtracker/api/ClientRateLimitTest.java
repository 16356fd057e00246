package org.claimtracker.api;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientRateLimitTest {

	@Test
	void bucketEmptiesAndRefillsOverTime() {
		AtomicLong now = new AtomicLong();
		ClientRateLimit limit = new ClientRateLimit(3, 60, now::get);
		assertThat(limit.spend("a", 1)).isZero();
		assertThat(limit.spend("a", 2)).isZero();
		assertThat(limit.spend("a", 1)).isEqualTo(1);
		assertThat(limit.spend("b", 3)).isZero();
		now.addAndGet(1_000_000_000L);
		assertThat(limit.spend("a", 1)).isZero();
		assertThat(limit.spend("a", 50)).isEqualTo(3);
	}

}
