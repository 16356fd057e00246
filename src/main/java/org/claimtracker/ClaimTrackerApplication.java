package org.claimtracker;

import java.util.Arrays;

import org.claimtracker.importing.ImportCommand;
import org.claimtracker.utterance.RegroupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * ClaimTracker: election-coverage claims linked to the quotes that support or contradict
 * them.
 */
@SpringBootApplication
public class ClaimTrackerApplication {

	public static void main(String[] args) {
		if (ImportCommand.asked(args)) {
			System.exit(ImportCommand.run(ClaimTrackerApplication.class, Arrays.copyOfRange(args, 1, args.length)));
		}
		if (RegroupCommand.asked(args)) {
			System.exit(RegroupCommand.run(ClaimTrackerApplication.class, Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication.run(ClaimTrackerApplication.class, args);
	}

}
