package org.claimtracker.system;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with the management endpoints on the site's own port: health details
 * and metrics are for operators, and the site's port is public. A management port of -1
 * turns them off; 0 takes a free port, as {@code server.port=0} does.
 */
@Component
class SeparateManagementPort {

	SeparateManagementPort(Environment environment) {
		Integer management = environment.getProperty("management.server.port", Integer.class);
		Integer server = environment.getProperty("server.port", Integer.class);
		if (management == null || (management != 0 && management.equals((server != null) ? server : 8080))) {
			throw new IllegalStateException(
					"management.server.port (MANAGEMENT_SERVER_PORT) must be a port of its own, "
							+ "not the site's server.port " + ((server != null) ? server : 8080)
							+ ": health details and metrics are not for the public; -1 turns them off");
		}
	}

}
