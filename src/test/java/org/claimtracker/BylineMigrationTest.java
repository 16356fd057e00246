package org.claimtracker;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upgrading a database whose bylines were typed as "By Dana Whitfield" keeps the writer's
 * name alone, and records the change in each article's history as one revision; other
 * articles are left as they were.
 */
class BylineMigrationTest {

	private static final String URL = (String) TestDatabase.properties().get("spring.datasource.url");

	private static final String USER = (String) TestDatabase.properties().get("spring.datasource.username");

	private static final String PASSWORD = (String) TestDatabase.properties().get("spring.datasource.password");

	/**
	 * Named after the test database, so that test runs on other databases of the same
	 * server never meet.
	 */
	private static final String DATABASE = URL.replaceFirst(".*/([^/?]+).*", "$1") + "_bylines";

	JdbcTemplate jdbc;

	@BeforeEach
	void createAnEmptyDatabase() throws SQLException {
		dropIt();
		admin("create database " + DATABASE);
		String url = URL.replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
		this.jdbc = new JdbcTemplate(new DriverManagerDataSource(url, USER, PASSWORD));
	}

	@AfterEach
	void dropIt() throws SQLException {
		admin("drop database if exists " + DATABASE + " with (force)");
	}

	@Test
	void aLeadingByIsTakenOffAndTheChangeIsInTheArticlesHistory() {
		migrateTo("8");
		this.jdbc.update("insert into outlet (name, status) values ('Valley Gazette', 'PUBLISHED')");
		this.jdbc.update("""
				insert into article (outlet_id, title, byline, published_on, url, body, status, version)
				select o.id, a.title, a.byline, date '2024-05-06', a.url, 'Text.', 'PUBLISHED', 2
				  from outlet o, (values ('One', 'By Dana Whitfield', 'https://example.org/1'),
				                         ('Two', 'BY:  LEE ORTIZ', 'https://example.org/2'),
				                         ('Three', 'Byron Smith', 'https://example.org/3'),
				                         ('Four', null, 'https://example.org/4'),
				                         ('Five', 'By ', 'https://example.org/5')) a (title, byline, url)""");
		this.jdbc.update("insert into revision (changed_at, username) values ('2024-05-06 10:00Z', 'ed')");
		this.jdbc.update("""
				insert into article_history (id, rev, revtype, outlet_id, title, byline, published_on, url, body,
				                             body_revision, status)
				select a.id, r.id, 0, a.outlet_id, a.title, a.byline, a.published_on, a.url, a.body, a.body_revision,
				       a.status
				  from article a, revision r""");

		migrateTo("14");

		assertThat(this.jdbc.queryForList("select title, byline, version from article order by id")).containsExactly(
				row("One", "Dana Whitfield", 3), row("Two", "LEE ORTIZ", 3), row("Three", "Byron Smith", 2),
				row("Four", null, 2), row("Five", null, 3));
		// each changed article's history has it as it is now, after one revision of its
		// own
		assertThat(this.jdbc.queryForList("""
				select h.id, h.revtype, h.title, h.byline, h.url, h.body, h.status, r.username
				  from article_history h join revision r on r.id = h.rev where r.username <> 'ed' order by h.id"""))
			.isEqualTo(this.jdbc.queryForList("""
					select id, 1::smallint as revtype, title, byline, url, body, status, 'system' as username
					  from article where title in ('One', 'Two', 'Five') order by id"""));
		assertThat(this.jdbc.queryForObject("select count(*) from revision", Integer.class)).isEqualTo(2);
	}

	@Test
	void aDatabaseWithoutSuchBylinesGetsNoRevision() {
		migrateTo("14");

		assertThat(this.jdbc.queryForObject("select count(*) from revision", Integer.class)).isZero();
	}

	private static Map<String, Object> row(String title, String byline, int version) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("title", title);
		row.put("byline", byline);
		row.put("version", version);
		return row;
	}

	private void migrateTo(String version) {
		Flyway.configure()
			.dataSource(this.jdbc.getDataSource())
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
