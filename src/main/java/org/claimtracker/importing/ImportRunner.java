package org.claimtracker.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * Runs import runs as Spring Batch jobs, one of a kind at a time ({@link ImportLock}). A
 * run whose job was cut short (its process killed) is recovered and restarted from the
 * last chunk it took; one that ended in failure is restarted the same way.
 */
@Component
class ImportRunner implements DisposableBean {

	private static final Log logger = LogFactory.getLog(ImportRunner.class);

	private final ImportRuns runs;

	private final DataSource dataSource;

	private final JobOperator operator;

	private final JobRepository repository;

	private final Map<ImportKind, Job> jobs = new EnumMap<>(ImportKind.class);

	private final Map<ImportKind, ExecutorService> workers = new EnumMap<>(ImportKind.class);

	private final boolean resumeAtStart;

	private final Path spool;

	ImportRunner(ImportRuns runs, DataSource dataSource, JobOperator operator, JobRepository repository,
			@Qualifier("articleImport") Job articleImport, @Qualifier("claimImport") Job claimImport,
			@Value("${claimtracker.import.resume-at-start:true}") boolean resumeAtStart,
			@Value("${claimtracker.import.directory}") Path spool) {
		this.runs = runs;
		this.resumeAtStart = resumeAtStart;
		this.spool = spool.toAbsolutePath();
		this.dataSource = dataSource;
		this.operator = operator;
		this.repository = repository;
		this.jobs.put(ImportKind.ARTICLES, articleImport);
		this.jobs.put(ImportKind.CLAIMS, claimImport);
		for (ImportKind kind : ImportKind.values()) {
			this.workers.put(kind, Executors.newSingleThreadExecutor((task) -> {
				Thread thread = new Thread(task, "import-" + kind.name().toLowerCase(Locale.ROOT));
				thread.setDaemon(true);
				return thread;
			}));
		}
	}

	/** Queues the run behind the others of its kind in this process. */
	void inBackground(long runId) {
		this.workers.get(this.runs.kind(runId)).execute(() -> here(runId));
	}

	/** Runs the run in this thread, once no other import of its kind runs anywhere. */
	void here(long runId) {
		ImportStatus run = this.runs.status(runId).orElseThrow();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(run.startedBy(), null, List.of()));
		try (ImportLock lock = ImportLock.take(this.dataSource, run.kind())) {
			List<ImportFileRow> files = this.runs.files(runId);
			this.runs.running(runId, total(files));
			JobExecution execution = launch(this.jobs.get(run.kind()), runId, run.publish());
			if (execution.getStatus() == BatchStatus.COMPLETED) {
				this.runs.ended(runId, ImportState.DONE, null);
				forgetUploads(files);
			}
			else {
				this.runs.ended(runId, ImportState.FAILED, failure(execution));
			}
		}
		catch (Exception ex) {
			logger.warn("Import " + runId + " failed", ex);
			this.runs.ended(runId, ImportState.FAILED, ex.getMessage());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * Starts the run's job, or restarts it where it stopped: an execution left running
	 * can only be one whose process died, since this one holds the kind's lock.
	 */
	private JobExecution launch(Job job, long runId, boolean publish) throws Exception {
		JobParameters parameters = new JobParametersBuilder().addLong(ImportJobs.RUN, runId)
			.addString("publish", Boolean.toString(publish))
			.toJobParameters();
		JobExecution last = this.repository.getLastJobExecution(job.getName(), parameters);
		if (last == null) {
			return this.operator.start(job, parameters);
		}
		if (last.getStatus() == BatchStatus.COMPLETED) {
			return last;
		}
		if (last.getStatus().isRunning()) {
			last = this.operator.recover(last);
		}
		return this.operator.restart(last);
	}

	/**
	 * Deletes the uploads of a run that is over: they were kept only for it to resume.
	 * Files given on the command line are the user's, and stay.
	 */
	private void forgetUploads(List<ImportFileRow> files) throws IOException {
		for (ImportFileRow file : files) {
			if (file.path().startsWith(this.spool)) {
				Files.deleteIfExists(file.path());
			}
		}
	}

	private static long total(List<ImportFileRow> files) throws IOException {
		long total = 0;
		for (ImportFileRow file : files) {
			total += ImportFiles.count(file.path(), file.name());
		}
		return total;
	}

	private static String failure(JobExecution execution) {
		List<Throwable> failures = execution.getAllFailureExceptions();
		if (failures.isEmpty()) {
			return "The import stopped: " + execution.getExitStatus().getExitDescription();
		}
		Throwable cause = failures.get(0);
		while (cause.getCause() != null && cause.getMessage() == null) {
			cause = cause.getCause();
		}
		return "The import stopped: " + cause.getMessage();
	}

	/**
	 * Resumes, once the site is up, the runs a stopped process left unfinished; a command
	 * line import resumes only its own files.
	 */
	@EventListener
	void resumeInterrupted(ApplicationReadyEvent ready) {
		if (this.resumeAtStart && ready.getApplicationContext() instanceof WebApplicationContext) {
			this.runs.interrupted().forEach(this::inBackground);
		}
	}

	@Override
	public void destroy() {
		this.workers.values().forEach(ExecutorService::shutdownNow);
	}

}
