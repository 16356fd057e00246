package org.claimtracker;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upgrading a database that already holds people gives each of them one first history
 * row, so that their first edit shows what it changed; a database without people gets no
 * empty revision.
 */
class PersonHistoryMigrationTest {

	private static final String URL = (String) TestDatabase.properties().get("spring.datasource.url");

	private static final String USER = (String) TestDatabase.properties().get("spring.datasource.username");

	private static final String PASSWORD = (String) TestDatabase.properties().get("spring.datasource.password");

	/**
	 * Named after the test database, so that test runs on other databases of the same
	 * server never meet.
	 */
	private static final String DATABASE = URL.replaceFirst(".*/([^/?]+).*", "$1") + "_upgrade";

	DriverManagerDataSource upgraded;

	JdbcTemplate jdbc;

	@BeforeEach
	void createAnEmptyDatabase() throws SQLException {
		dropIt();
		admin("create database " + DATABASE);
		// the test database's address with the other database's name, keeping any
		// parameters
		String url = URL.replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
		this.upgraded = new DriverManagerDataSource(url, USER, PASSWORD);
		this.jdbc = new JdbcTemplate(this.upgraded);
	}

	@AfterEach
	void dropIt() throws SQLException {
		admin("drop database if exists " + DATABASE + " with (force)");
	}

	@Test
	void everyoneAlreadyThereGetsABaselineRow() {
		migrateTo("6");
		this.jdbc.update("""
				insert into person (name, party, description, status, created_at, created_by)
				values ('Ana Prior', 'Green', 'Mayor', 'PUBLISHED', '2024-05-06 10:00Z', 'chief'),
				       ('Ben Draft', null, null, 'DRAFT', '2024-06-07 11:00Z', null)""");

		migrateTo("7");

		assertThat(this.jdbc.queryForList(
				"""
						select h.id, h.name, h.party, h.description, h.status, h.revtype from person_history h order by h.id"""))
			.isEqualTo(this.jdbc.queryForList("""
					select id, name, party, description, status, 0::smallint as revtype from person order by id"""));
		// each as they were created: when and by whom
		assertThat(this.jdbc.queryForList("""
				select p.name, r.username, r.changed_at = p.created_at as on_creation
				  from person_history h join revision r on r.id = h.rev join person p on p.id = h.id order by p.id"""))
			.containsExactly(Map.of("name", "Ana Prior", "username", "chief", "on_creation", true),
					Map.of("name", "Ben Draft", "username", "system", "on_creation", true));
	}

	@Test
	void aDatabaseWithoutPeopleGetsNoRevision() {
		migrateTo("7");

		assertThat(this.jdbc.queryForObject("select count(*) from revision", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from person_history", Integer.class)).isZero();
	}

	private void migrateTo(String version) {
		Flyway.configure()
			.dataSource(this.upgraded)
			.locations("classpath:db/migration")
			.target(version)
			.load()
			.migrate();
	}

	private static void admin(String statement) throws SQLException {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement sql = connection.createStatement()) {
			sql.execute(statement);
		}
	}

}
