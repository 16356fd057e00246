package org.claimtracker.system;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * A read replica, when {@code claimtracker.replica.url} names one (a PostgreSQL streaming
 * standby): read-only transactions (readers' pages, search, exports) take their
 * connection from it, and writes, and every request that reads its own writes, from the
 * primary ({@code spring.datasource.*}). The replica's pool takes the primary's
 * {@code spring.datasource.hikari.*} settings and its account unless
 * {@code claimtracker.replica.username} and {@code password} say otherwise. If the
 * replica does not answer, reads go to the primary.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("claimtracker.replica.url")
class ReplicaConfiguration {

	/** How long reads stay on the primary after the replica failed to answer. */
	private static final Duration REPLICA_PAUSE = Duration.ofSeconds(5);

	@Bean
	@Primary
	PrimaryAndReplica dataSource(DataSourceProperties primary, Environment environment,
			@Value("${claimtracker.replica.url}") String replicaUrl,
			@Value("${claimtracker.replica.username:}") String replicaUsername,
			@Value("${claimtracker.replica.password:}") String replicaPassword) {
		HikariDataSource writes = pool(environment, "primary", primary.determineUrl(), primary.determineUsername(),
				primary.determinePassword());
		HikariDataSource reads = pool(environment, "replica", replicaUrl,
				replicaUsername.isEmpty() ? primary.determineUsername() : replicaUsername,
				replicaUsername.isEmpty() ? primary.determinePassword() : replicaPassword);
		// the app starts, and serves from the primary, while the replica is down
		reads.setInitializationFailTimeout(-1);
		reads.setConnectionTimeout(Duration.ofSeconds(2).toMillis());
		return new PrimaryAndReplica(writes, reads,
				new ReplicaOrPrimary(reads, writes, REPLICA_PAUSE, Clock.systemUTC()));
	}

	@Bean
	FilterRegistrationBean<PrimaryReads> primaryReads(
			@Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
		FilterRegistrationBean<PrimaryReads> registration = new FilterRegistrationBean<>(
				new PrimaryReads(sessionCookie));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 2);
		return registration;
	}

	private static HikariDataSource pool(Environment environment, String name, String url, String username,
			String password) {
		HikariDataSource pool = new HikariDataSource();
		Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
		pool.setPoolName(name);
		pool.setJdbcUrl(url);
		pool.setUsername(username);
		pool.setPassword(password);
		return pool;
	}

	/**
	 * The app's one data source: the primary, but for read-only transactions, which go to
	 * the replica; closing it closes both pools.
	 */
	static final class PrimaryAndReplica extends LazyConnectionDataSourceProxy implements AutoCloseable {

		private final HikariDataSource primary;

		private final HikariDataSource replica;

		PrimaryAndReplica(HikariDataSource primary, HikariDataSource replica, DataSource reads) {
			super(primary);
			this.primary = primary;
			this.replica = replica;
			setReadOnlyDataSource(reads);
		}

		@Override
		public void close() {
			this.replica.close();
			this.primary.close();
		}

	}

}
