package org.claimtracker.importing;

import org.claimtracker.claim.ClaimImport;
import org.claimtracker.claim.ClaimImports;
import org.claimtracker.claim.RatingGiven;
import org.claimtracker.common.Publication;
import org.claimtracker.person.PersonService;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Takes a chunk of imported claims, in the chunk's transaction: each claim's speaker
 * found among the people known (or added as a draft), the claim added or found, its
 * rating kept, each bad record reported, and the run's counts moved on.
 */
class ClaimImportWriter implements ItemWriter<ImportRecord<ImportedClaim>> {

	private final long runId;

	private final Publication status;

	private final ClaimImports claims;

	private final PersonService people;

	private final ImportRuns runs;

	ClaimImportWriter(long runId, Publication status, ClaimImports claims, PersonService people, ImportRuns runs) {
		this.runId = runId;
		this.status = status;
		this.claims = claims;
		this.people = people;
		this.runs = runs;
	}

	@Override
	public void write(Chunk<? extends ImportRecord<ImportedClaim>> chunk) {
		ImportCounts counts = new ImportCounts();
		for (ImportRecord<ImportedClaim> record : chunk) {
			ImportedClaim claim = record.item();
			if (claim == null) {
				ImportProblems.report(this.runs, this.runId, record, counts);
				continue;
			}
			counts.count(this.claims.take(new ClaimImport(claim.statement(), speaker(claim.speaker()), claim.madeOn(),
					claim.sourceUrl(), claim.topics(), rating(claim.rating()), this.status)));
		}
		this.runs.count(this.runId, counts);
	}

	private @Nullable Long speaker(@Nullable String name) {
		return name == null || name.isBlank() ? null : this.people.speakerNamed(name, null).getId();
	}

	private static @Nullable RatingGiven rating(@Nullable ImportedRating rating) {
		return rating == null ? null : new RatingGiven(rating.name(), rating.value(), rating.best(), rating.worst(),
				rating.checker(), rating.reviewUrl(), rating.reviewedOn());
	}

}
