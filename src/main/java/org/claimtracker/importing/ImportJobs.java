package org.claimtracker.importing;

import org.claimtracker.claim.ClaimImports;
import org.claimtracker.common.Publication;
import org.claimtracker.extraction.KnownPerson;
import org.claimtracker.person.PersonBatch;
import org.claimtracker.person.PersonService;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The two import jobs, one chunk-oriented step each: records are read from the run's
 * files, a chunk at a time, and each chunk is taken in one transaction with the reader's
 * place in its files, so that a run stopped anywhere resumes at the first chunk not
 * taken. The job's one parameter is the run's id.
 */
@Configuration(proxyBeanMethods = false)
class ImportJobs {

	static final String ARTICLES = "articleImport";

	static final String CLAIMS = "claimImport";

	static final String RUN = "run";

	private static final String RUN_ID = "#{jobParameters['run']}";

	private static final String PUBLISH = "#{jobParameters['publish']}";

	/** Articles per transaction: about half a megabyte of text. */
	private static final int ARTICLE_CHUNK = 100;

	/** Claims per transaction. */
	private static final int CLAIM_CHUNK = 500;

	@Bean
	Job articleImport(JobRepository jobs, Step articleStep) {
		return new JobBuilder(ARTICLES, jobs).start(articleStep).build();
	}

	@Bean
	Job claimImport(JobRepository jobs, Step claimStep) {
		return new JobBuilder(CLAIMS, jobs).start(claimStep).build();
	}

	@Bean
	Step articleStep(JobRepository jobs, PlatformTransactionManager transactions,
			ImportFileReader<ImportedArticle> articleReader, ArticleReading articleReading,
			ArticleImportWriter articleWriter) {
		SimpleAsyncTaskExecutor readers = new SimpleAsyncTaskExecutor("import-reading-");
		readers.setConcurrencyLimit(Runtime.getRuntime().availableProcessors());
		return new StepBuilder("articles", jobs).<ImportRecord<ImportedArticle>, ReadArticle>chunk(ARTICLE_CHUNK)
			.transactionManager(transactions)
			.reader(articleReader)
			.processor(articleReading)
			.writer(articleWriter)
			.taskExecutor(readers)
			.build();
	}

	@Bean
	Step claimStep(JobRepository jobs, PlatformTransactionManager transactions,
			ImportFileReader<ImportedClaim> claimReader, ClaimImportWriter claimWriter) {
		return new StepBuilder("claims", jobs)
			.<ImportRecord<ImportedClaim>, ImportRecord<ImportedClaim>>chunk(CLAIM_CHUNK)
			.transactionManager(transactions)
			.reader(claimReader)
			.writer(claimWriter)
			.build();
	}

	@Bean
	@StepScope
	ImportFileReader<ImportedArticle> articleReader(ImportRuns runs, @Value(RUN_ID) long runId) {
		return new ImportFileReader<>(runs.files(runId),
				(file, skip) -> ImportFiles.articles(file.path(), file.name(), skip));
	}

	@Bean
	@StepScope
	ImportFileReader<ImportedClaim> claimReader(ImportRuns runs, @Value(RUN_ID) long runId) {
		return new ImportFileReader<>(runs.files(runId),
				(file, skip) -> ImportFiles.claims(file.path(), file.name(), skip));
	}

	@Bean
	@StepScope
	ArticleReading articleReading(PersonService people) {
		return new ArticleReading(
				people.everyone().stream().map((person) -> new KnownPerson(person.id(), person.name())).toList());
	}

	@Bean
	@StepScope
	ArticleImportWriter articleWriter(ArticleImports articles, ReviewQueue queue, ImportRuns runs,
			@Value(RUN_ID) long runId, @Value(PUBLISH) boolean publish) {
		return new ArticleImportWriter(runId, status(publish), articles, queue, runs);
	}

	@Bean
	@StepScope
	ClaimImportWriter claimWriter(ClaimImports claims, PersonBatch people, ImportRuns runs, @Value(RUN_ID) long runId,
			@Value(PUBLISH) boolean publish) {
		return new ClaimImportWriter(runId, status(publish), claims, people, runs);
	}

	private static Publication status(boolean publish) {
		return publish ? Publication.PUBLISHED : Publication.DRAFT;
	}

}
