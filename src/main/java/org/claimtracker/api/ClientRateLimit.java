package org.claimtracker.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address for the open, costly API calls: each address holds up
 * to {@code capacity} tokens, refilled at {@code perMinute} a minute; a call spends
 * tokens by its size. Buckets live in this instance's memory, so with several instances
 * each enforces its own share.
 */
@Component
class ClientRateLimit {

	/** Addresses remembered before idle, full buckets are forgotten. */
	private static final int MAX_CLIENTS = 10_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final double capacity;

	private final double perNano;

	private final LongSupplier clock;

	@Autowired
	ClientRateLimit(@Value("${claimtracker.extract.rate.capacity:40}") int capacity,
			@Value("${claimtracker.extract.rate.per-minute:40}") int perMinute) {
		this(capacity, perMinute, System::nanoTime);
	}

	ClientRateLimit(int capacity, int perMinute, LongSupplier clock) {
		this.capacity = capacity;
		this.perNano = perMinute / 60e9;
		this.clock = clock;
	}

	/**
	 * Spends {@code cost} tokens of the client's bucket; 0 when allowed, else the seconds
	 * to wait.
	 */
	long spend(String client, double cost) {
		if (this.buckets.size() > MAX_CLIENTS) {
			forgetIdle();
		}
		Bucket bucket = this.buckets.computeIfAbsent(client, (c) -> new Bucket(this.capacity, this.clock.getAsLong()));
		synchronized (bucket) {
			refill(bucket);
			double spent = Math.min(cost, this.capacity);
			if (bucket.tokens >= spent) {
				bucket.tokens -= spent;
				return 0;
			}
			return Math.max(1, (long) Math.ceil((spent - bucket.tokens) / this.perNano / 1e9));
		}
	}

	private void refill(Bucket bucket) {
		long now = this.clock.getAsLong();
		bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.updated) * this.perNano);
		bucket.updated = now;
	}

	private void forgetIdle() {
		this.buckets.values().removeIf((bucket) -> {
			synchronized (bucket) {
				refill(bucket);
				return bucket.tokens >= this.capacity;
			}
		});
	}

	private static final class Bucket {

		double tokens;

		long updated;

		Bucket(double tokens, long updated) {
			this.tokens = tokens;
			this.updated = updated;
		}

	}

}
