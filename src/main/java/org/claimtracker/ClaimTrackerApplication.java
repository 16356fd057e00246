package org.claimtracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * ClaimTracker: election-coverage claims linked to the quotes that support or contradict
 * them.
 */
@SpringBootApplication
public class ClaimTrackerApplication {

	public static void main(String[] args) {
		SpringApplication.run(ClaimTrackerApplication.class, args);
	}

}
