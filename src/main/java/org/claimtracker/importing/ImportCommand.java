package org.claimtracker.importing;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar claimtracker.jar import [--publish] [--as=NAME] FILE…}: imports the
 * files here and now, printing its progress and then what it did. Its exit code is 0 only
 * if every record went in or was already there, 1 if some could not, 2 if the import
 * could not run. Options that start with {@code --} and are not its own go to Spring
 * (such as {@code --spring.datasource.url=…}). Given the same files again after it was
 * stopped, it resumes where it was.
 */
public final class ImportCommand {

	static final String NAME = "import";

	private static final String USAGE = "Usage: java -jar claimtracker.jar import [--publish] [--as=NAME] FILE...";

	private final List<ImportFile> files = new ArrayList<>();

	private final List<String> springArguments = new ArrayList<>();

	private boolean publish;

	private String startedBy = "import";

	private ImportCommand(String[] arguments) {
		for (String argument : arguments) {
			if (argument.equals("--publish")) {
				this.publish = true;
			}
			else if (argument.startsWith("--as=")) {
				this.startedBy = argument.substring("--as=".length());
			}
			else if (argument.startsWith("--")) {
				this.springArguments.add(argument);
			}
			else {
				Path path = Path.of(argument).toAbsolutePath();
				this.files.add(new ImportFile(path.getFileName().toString(), path));
			}
		}
	}

	/** Whether the command line asks for an import. */
	public static boolean asked(String[] arguments) {
		return arguments.length > 0 && arguments[0].equals(NAME);
	}

	/**
	 * Runs the import the arguments (after {@code import}) ask for; answers the exit
	 * code.
	 */
	public static int run(Class<?> application, String[] arguments) {
		return new ImportCommand(arguments).run(application, System.out, System.err);
	}

	private int run(Class<?> application, PrintStream out, PrintStream err) {
		if (this.files.isEmpty()) {
			err.println(USAGE);
			return 2;
		}
		for (ImportFile file : this.files) {
			if (!Files.isReadable(file.path())) {
				err.println("Cannot read " + file.path());
				return 2;
			}
		}
		List<String> spring = new ArrayList<>(
				List.of("--server.port=0", "--claimtracker.import.resume-at-start=false"));
		spring.addAll(this.springArguments);
		try (ConfigurableApplicationContext context = SpringApplication.run(application,
				spring.toArray(String[]::new))) {
			ImportService imports = context.getBean(ImportService.class);
			ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "import-progress");
				thread.setDaemon(true);
				return thread;
			});
			progress.scheduleAtFixedRate(() -> imports.recent(1).forEach((run) -> out.println(progress(run))), 2, 2,
					TimeUnit.SECONDS);
			ImportStatus run = imports.run(this.files, this.publish, this.startedBy);
			progress.shutdownNow();
			report(run, out);
			return run.allTaken() ? 0 : 1;
		}
		catch (ImportRefusedException ex) {
			err.println(ex.getMessage());
			return 2;
		}
	}

	static String progress(ImportStatus run) {
		Long left = run.secondsLeft();
		return String.format(Locale.ROOT, "%s: %d of %d records (%d%%), %.0f a second, %d failed%s", run.state(),
				run.done(), run.total(), run.percent(), run.perSecond(), run.failed(),
				left == null ? "" : ", about " + left + " s left");
	}

	private static void report(ImportStatus run, PrintStream out) {
		run.problems()
			.forEach((problem) -> out.println(problem.file() + ", " + problem.place() + ": " + problem.reason()));
		out.printf(Locale.ROOT, "Import %d %s: added %d, unchanged %d, corrected %d, failed %d, in %.1f s%n", run.id(),
				run.state() == ImportState.DONE ? "done" : "failed", run.added(), run.unchanged(), run.corrected(),
				run.failed(), seconds(run));
		if (run.message() != null) {
			out.println(run.message());
		}
	}

	private static double seconds(ImportStatus run) {
		return run.perSecond() == 0 ? 0 : run.done() / run.perSecond();
	}

}
