package org.claimtracker;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schema comes from Flyway, Hibernate validates the entities against it (the context
 * would not start otherwise), and the database itself refuses rows the domain forbids.
 */
@SpringBootTest
class DatabaseSchemaTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void migrationsApplied() {
		List<String> applied = this.jdbc.queryForList(
				"select version from flyway_schema_history where success order by installed_rank", String.class);
		assertThat(applied).startsWith("1");
		assertThat(
				this.jdbc.queryForObject("select count(*) from pg_extension where extname = 'pg_trgm'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void everyDomainTableExists() {
		List<String> tables = this.jdbc.queryForList(
				"select table_name from information_schema.tables where table_schema = 'public'", String.class);
		assertThat(tables).contains("outlet", "article", "article_revision", "person", "race", "candidacy", "topic",
				"claim", "claim_topic", "claim_appearance", "quote", "evidence", "app_user", "revision",
				"article_history", "quote_history", "claim_history", "evidence_history", "person_history");
	}

	@Test
	void duplicateArticleUrlIsRefused() {
		assertRefused("""
				insert into article (outlet_id, title, published_on, url, body)
				select outlet_id, 'Copy', published_on, url, body from article limit 1""");
	}

	@Test
	void duplicateEvidencePairIsRefused() {
		assertRefused("""
				insert into evidence (quote_id, claim_id, stance, rationale)
				select quote_id, claim_id, 'CONTRADICTS', 'again' from evidence limit 1""");
	}

	@Test
	void quoteOffsetsMustFormASpan() {
		for (String span : List.of("5, 5", "6, 5", "-1, 5")) {
			assertRefused("insert into quote (article_id, speaker_id, kind, anchor_start, anchor_end, exact) "
					+ "select article_id, speaker_id, kind, " + span + ", 'x' from quote limit 1");
		}
	}

	@Test
	void appearanceOffsetsMustFormASpan() {
		assertRefused("insert into claim_appearance (claim_id, article_id, anchor_start, anchor_end, exact) "
				+ "select claim_id, article_id, 10, 3, 'x' from claim_appearance limit 1");
	}

	@Test
	void enumsAreChecked() {
		assertRefused("update evidence set stance = 'MAYBE' where id = (select min(id) from evidence)");
		assertRefused("update quote set kind = 'RUMOUR' where id = (select min(id) from quote)");
		assertRefused("update claim set status = 'HIDDEN' where id = (select min(id) from claim)");
	}

	@Test
	void positionClaimNeedsSubject() {
		assertRefused("insert into claim (statement, kind) values ('Someone supports something.', 'POSITION')");
	}

	@Test
	void quotedPersonCannotBeDeleted() {
		assertRefused("delete from person where id = (select min(speaker_id) from quote)");
	}

	private void assertRefused(String sql) {
		long before = rowCount();
		assertThatThrownBy(() -> this.jdbc.update(sql)).as(sql).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(rowCount()).isEqualTo(before);
	}

	private long rowCount() {
		return this.jdbc.queryForObject(
				"""
						select (select count(*) from article) + (select count(*) from quote) + (select count(*) from evidence)
						     + (select count(*) from claim) + (select count(*) from claim_appearance) + (select count(*) from person)""",
				Long.class);
	}

}
