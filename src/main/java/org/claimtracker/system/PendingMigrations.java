package org.claimtracker.system;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Tells readiness whether the database's schema is the one this build expects: out of
 * service while migrations that this build brings are not applied yet, as when an
 * instance of a newer version starts beside older ones that it must not serve with.
 * Health's {@code migrations} component; unknown when Flyway is turned off
 * ({@code spring.flyway.enabled=false}).
 */
@Component("migrations")
class PendingMigrations implements HealthIndicator {

	private final @Nullable Flyway flyway;

	@Autowired
	PendingMigrations(ObjectProvider<Flyway> flyway) {
		this(flyway.getIfAvailable());
	}

	PendingMigrations(@Nullable Flyway flyway) {
		this.flyway = flyway;
	}

	@Override
	public Health health() {
		if (this.flyway == null) {
			return Health.unknown().withDetail("flyway", "off").build();
		}
		MigrationInfoService info = this.flyway.info();
		MigrationInfo[] pending = info.pending();
		MigrationInfo current = info.current();
		String version = (current != null && current.getVersion() != null) ? current.getVersion().toString() : "none";
		if (pending.length == 0) {
			return Health.up().withDetail("version", version).build();
		}
		return Health.outOfService()
			.withDetail("version", version)
			.withDetail("pending",
					Arrays.stream(pending).map((m) -> m.getVersion() + " " + m.getDescription()).toList())
			.build();
	}

}
