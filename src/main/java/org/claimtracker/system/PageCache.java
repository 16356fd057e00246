package org.claimtracker.system;

import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * The pages rendered for anonymous readers, kept until what they show changes. Any change
 * to published content drops them all ({@link ContentChanges} hears of it from
 * PostgreSQL, whichever instance made it): a reader's page draws on many tables, and
 * pages render again quickly, while a change missed would show a reader a stale page. A
 * page rendered while a change arrived is not kept, and while the app cannot hear of
 * changes, no page is kept or served from here.
 */
public class PageCache implements MeterBinder {

	private final Cache<String, CachedPage> pages;

	private final AtomicLong generation = new AtomicLong();

	private volatile boolean listening;

	PageCache(DataSize maxSize) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxSize.toBytes())
			.weigher((String key, CachedPage page) -> key.length() * 2 + page.weight())
			.recordStats()
			.build();
	}

	/** The page kept under the key, if changes are being heard. */
	@Nullable CachedPage page(String key) {
		return this.listening ? this.pages.getIfPresent(key) : null;
	}

	/** The count of changes so far, to take before rendering a page. */
	long generation() {
		return this.generation.get();
	}

	/**
	 * Keeps a page rendered since {@code generation} was taken, unless content changed in
	 * the meantime.
	 */
	void keep(String key, CachedPage page, long generation) {
		if (this.listening && this.generation.get() == generation) {
			this.pages.put(key, page);
			if (this.generation.get() != generation) {
				this.pages.invalidate(key);
			}
		}
	}

	/** Content changed: every page kept may be stale. */
	public void changed() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
	}

	/**
	 * Whether changes are heard: pages are kept and served only then, and any change in
	 * between is treated as one.
	 */
	void listening(boolean listening) {
		this.listening = listening;
		changed();
	}

	boolean isListening() {
		return this.listening;
	}

	/**
	 * Hits, misses, evictions and size as metrics
	 * ({@code cache_gets_total{cache="pages"}} and the rest of Micrometer's cache
	 * metrics).
	 */
	@Override
	public void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.pages, "pages");
	}

}
