package org.claimtracker.system;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.util.unit.DataSize;

/**
 * Readers' pages kept rendered ({@code claimtracker.page-cache.*}): on unless
 * {@code enabled=false}, in at most {@code max-size} of memory, no page larger than
 * {@code largest-page}. With a read replica, pages are dropped once more
 * {@code claimtracker.replica.max-lag} after a change.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "claimtracker.page-cache.enabled", matchIfMissing = true)
class PageCacheConfiguration {

	@Bean
	PageCache pageCache(@Value("${claimtracker.page-cache.max-size:64MB}") DataSize maxSize) {
		return new PageCache(maxSize);
	}

	@Bean
	ContentChanges contentChanges(DataSourceProperties database, PageCache cache,
			@Value("${claimtracker.replica.url:}") String replica,
			@Value("${claimtracker.replica.max-lag:1s}") Duration replicaLag) {
		SimpleDriverDataSource primary = DataSourceBuilder.create()
			.type(SimpleDriverDataSource.class)
			.url(database.determineUrl())
			.username(database.determineUsername())
			.password(database.determinePassword())
			.build();
		return new ContentChanges(primary, cache, replica.isEmpty() ? Duration.ZERO : replicaLag);
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache,
			@Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie,
			@Value("${claimtracker.page-cache.largest-page:1MB}") DataSize largestPage) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(cache, new KeptPaths(), sessionCookie, Math.toIntExact(largestPage.toBytes())));
		// ahead of sessions and security: a kept page needs neither
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

}
