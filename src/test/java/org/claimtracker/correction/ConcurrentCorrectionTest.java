package org.claimtracker.correction;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.claimtracker.Fixtures;
import org.claimtracker.quote.AnchorMismatchException;
import org.claimtracker.quote.NewQuote;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.QuoteService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimtracker.correction.RoadsArticle.BODY;
import static org.claimtracker.correction.RoadsArticle.QUOTE;

/**
 * A quote marked while a correction is being saved is checked against the corrected text,
 * never the old one.
 */
@SpringBootTest
class ConcurrentCorrectionTest {

	@Autowired
	CorrectionService corrections;

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	QuoteService quotes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	long article;

	@Test
	void aQuoteMarkedDuringACorrectionWaitsForItAndIsCheckedAgainstTheNewText() throws Exception {
		this.article = this.make.article(BODY).id();
		long speaker = this.make.person(this.make.unique("Mayor Speaker"));
		CountDownLatch corrected = new CountDownLatch(1);
		CountDownLatch marking = new CountDownLatch(1);
		CompletableFuture<Void> correction = CompletableFuture
			.runAsync(() -> this.transactions.executeWithoutResult((tx) -> {
				this.corrections.correct(this.article, 0, "Correction: it was Tuesday.\n\n" + BODY);
				corrected.countDown();
				await(marking);
				pause();
			}));
		await(corrected);
		// the quote's selectors were taken from the old text, which the correction is
		// replacing
		CompletableFuture<Long> quote = CompletableFuture.supplyAsync(() -> {
			marking.countDown();
			return this.quotes.create(new NewQuote(this.article, speaker, QuoteKind.DIRECT, null, null,
					RoadsArticle.quoteStart(), RoadsArticle.quoteEnd(), QUOTE));
		});
		correction.get(30, TimeUnit.SECONDS);
		assertThatThrownBy(() -> quote.get(30, TimeUnit.SECONDS)).cause().isInstanceOf(AnchorMismatchException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from quote where article_id = ?", Integer.class,
				this.article))
			.isZero();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(700);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
