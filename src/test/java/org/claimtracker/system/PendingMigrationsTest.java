package org.claimtracker.system;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness's migrations: up when the database has every migration of the build, out of
 * service while one is pending.
 */
@SpringBootTest
class PendingMigrationsTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	Flyway flyway;

	@Test
	void upWhenEveryMigrationIsApplied() {
		Health health = new PendingMigrations(this.flyway).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails().get("version")).isEqualTo(this.flyway.info().current().getVersion().toString());
	}

	@Test
	void outOfServiceWhileABuildsMigrationIsPending() {
		Flyway later = Flyway.configure()
			.dataSource(this.dataSource)
			.locations("classpath:db/migration", "classpath:db/later")
			.load();
		Health health = new PendingMigrations(later).health();
		assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(health.getDetails().get("pending")).asString().contains("9999 a later version");
	}

}
