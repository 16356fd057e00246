package org.claimtracker.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.Cookie;
import org.claimtracker.TestDatabase;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a read replica configured, read-only transactions, JPA's included, read from it,
 * and writes and requests that read their own writes from the primary; reads fall back to
 * the primary while the replica does not answer. The "replica" here is the test database
 * under another application name, which tells the two pools' connections apart.
 */
@SpringBootTest
class ReplicaRoutingTest {

	@DynamicPropertySource
	static void replica(DynamicPropertyRegistry properties) {
		properties.add("claimtracker.replica.url", () -> primaryUrl() + "?ApplicationName=replica");
	}

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	EntityManager entities;

	@Test
	void readOnlyTransactionsReadFromTheReplica() {
		assertThat(connectedAs(true)).isEqualTo("replica");
	}

	@Test
	void writingTransactionsUseThePrimary() {
		assertThat(connectedAs(false)).isNotEqualTo("replica");
	}

	@Test
	void aRequestThatReadsItsOwnWritesReadsFromThePrimary() throws Exception {
		String[] name = new String[1];
		new PrimaryReads("SESSION").doFilter(signedIn(), new MockHttpServletResponse(),
				(request, response) -> name[0] = connectedAs(true));

		assertThat(name[0]).isNotEqualTo("replica");
	}

	@Test
	void readsGoToThePrimaryWhileTheReplicaDoesNotAnswerAndBackOnceItDoes() throws SQLException {
		Replica replica = new Replica();
		MovableClock clock = new MovableClock();
		ReplicaOrPrimary reads = new ReplicaOrPrimary(replica, dataSource("primary"), Duration.ofSeconds(5), clock);

		replica.down = true;
		assertThat(nameOf(reads)).isEqualTo("primary");
		replica.down = false;
		clock.pass(Duration.ofSeconds(4));
		assertThat(nameOf(reads)).as("left alone for a while").isEqualTo("primary");
		clock.pass(Duration.ofSeconds(2));
		assertThat(nameOf(reads)).isEqualTo("replica");
	}

	private static String nameOf(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getClientInfo("ApplicationName");
		}
	}

	private static PGSimpleDataSource dataSource(String name) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(primaryUrl() + "?ApplicationName=" + name);
		dataSource.setUser(String.valueOf(TestDatabase.properties().get("spring.datasource.username")));
		dataSource.setPassword(String.valueOf(TestDatabase.properties().get("spring.datasource.password")));
		return dataSource;
	}

	private String connectedAs(boolean readOnly) {
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		transaction.setReadOnly(readOnly);
		return transaction
			.execute((status) -> (String) this.entities.createNativeQuery("select current_setting('application_name')")
				.getSingleResult());
	}

	private static MockHttpServletRequest signedIn() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/articles/1");
		request.setCookies(new Cookie("SESSION", "0b8c3f5e-2d6a-4a57-9d3e-4c1b2a3f4e5d"));
		return request;
	}

	private static String primaryUrl() {
		return String.valueOf(TestDatabase.properties().get("spring.datasource.url"));
	}

	/** The test database as a replica that a test takes down and brings back. */
	static final class Replica extends PGSimpleDataSource {

		volatile boolean down;

		Replica() {
			setURL(primaryUrl() + "?ApplicationName=replica");
			setUser(String.valueOf(TestDatabase.properties().get("spring.datasource.username")));
			setPassword(String.valueOf(TestDatabase.properties().get("spring.datasource.password")));
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (this.down) {
				throw new SQLException("Connection refused");
			}
			return super.getConnection();
		}

	}

	/** A clock a test moves on by hand. */
	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void pass(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
