package org.claimtracker.system;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class SeparateManagementPortTest {

	@Test
	void theSitesPortIsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new SeparateManagementPort(new MockEnvironment().withProperty("server.port", "8186")
				.withProperty("management.server.port", "8186")))
			.withMessageContaining("8186");
		assertThatIllegalStateException().isThrownBy(
				() -> new SeparateManagementPort(new MockEnvironment().withProperty("management.server.port", "8080")));
		// unset, the endpoints would share the site's port
		assertThatIllegalStateException().isThrownBy(() -> new SeparateManagementPort(new MockEnvironment()));
	}

	@Test
	void aPortOfItsOwnAFreeOneOrNoneIsTaken() {
		for (String port : new String[] { "8081", "0", "-1" }) {
			assertThatNoException()
				.isThrownBy(() -> new SeparateManagementPort(new MockEnvironment().withProperty("server.port", "8080")
					.withProperty("management.server.port", port)));
		}
		assertThatNoException().isThrownBy(() -> new SeparateManagementPort(
				new MockEnvironment().withProperty("server.port", "0").withProperty("management.server.port", "0")));
	}

}
