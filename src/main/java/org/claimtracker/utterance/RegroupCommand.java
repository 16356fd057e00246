package org.claimtracker.utterance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar claimtracker.jar regroup-utterances}: groups every quote into
 * utterances from scratch, here and now, and prints what moved. For after a change of the
 * matching threshold or a bulk load that bypassed the application. Options that start
 * with {@code --} go to Spring (such as {@code --spring.datasource.url=…}).
 */
public final class RegroupCommand {

	static final String NAME = "regroup-utterances";

	private RegroupCommand() {
	}

	/** Whether the command line asks for a regrouping. */
	public static boolean asked(String[] arguments) {
		return arguments.length > 0 && arguments[0].equals(NAME);
	}

	/** Runs the regrouping; answers the exit code. */
	public static int run(Class<?> application, String[] arguments) {
		List<String> spring = new ArrayList<>(
				List.of("--server.port=0", "--claimtracker.import.resume-at-start=false"));
		spring.addAll(List.of(arguments));
		try (ConfigurableApplicationContext context = SpringApplication.run(application,
				spring.toArray(String[]::new))) {
			long started = System.nanoTime();
			UtteranceRegrouping.Regrouped done = context.getBean(UtteranceRegrouping.class).regroupAll();
			System.out.printf(Locale.ROOT,
					"Regrouped %d quotes of %d speakers into %d utterances: %d moved, in %.1f s%n", done.quotes(),
					done.speakers(), done.utterances(), done.moved(), (System.nanoTime() - started) / 1e9);
			return 0;
		}
	}

}
