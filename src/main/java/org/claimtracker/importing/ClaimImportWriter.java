package org.claimtracker.importing;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.claimtracker.claim.ClaimImport;
import org.claimtracker.claim.ClaimImports;
import org.claimtracker.claim.ClaimTaken;
import org.claimtracker.claim.RatingGiven;
import org.claimtracker.common.Publication;
import org.claimtracker.person.PersonBatch;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Takes a chunk of imported claims, in the chunk's transaction: the speakers found among
 * the people known (or added as drafts), each claim added or found, its rating kept, each
 * bad record reported, and the run's counts moved on.
 */
class ClaimImportWriter implements ItemWriter<ImportRecord<ImportedClaim>> {

	private final long runId;

	private final Publication status;

	private final ClaimImports claims;

	private final PersonBatch people;

	private final ImportRuns runs;

	ClaimImportWriter(long runId, Publication status, ClaimImports claims, PersonBatch people, ImportRuns runs) {
		this.runId = runId;
		this.status = status;
		this.claims = claims;
		this.people = people;
		this.runs = runs;
	}

	@Override
	public void write(Chunk<? extends ImportRecord<ImportedClaim>> chunk) {
		this.runs.lookUpByIndex();
		ImportCounts counts = new ImportCounts();
		List<? extends ImportRecord<ImportedClaim>> records = ImportProblems.reportBad(chunk,
				(ImportRecord<ImportedClaim> record) -> record, this.runs, this.runId, counts);
		List<ImportedClaim> good = records.stream().map((record) -> Objects.requireNonNull(record.item())).toList();
		Map<String, Long> speakers = this.people.named(good.stream()
			.map(ImportedClaim::speaker)
			.filter((name) -> name != null && !name.isBlank())
			.map(Objects::requireNonNull)
			.toList());
		List<ClaimTaken> taken = this.claims.take(good.stream()
			.map((claim) -> new ClaimImport(claim.statement(),
					claim.speaker() == null ? null : speakers.get(claim.speaker()), claim.madeOn(), claim.sourceUrl(),
					claim.topics(), rating(claim.rating()), this.status))
			.toList());
		for (int i = 0; i < taken.size(); i++) {
			ClaimTaken claim = taken.get(i);
			counts.count(claim.outcome());
			if (claim.likelyDuplicateOf() != null) {
				ImportRecord<ImportedClaim> record = records.get(i);
				this.runs.duplicate(this.runId, record.file(), record.where(), claim.claimId(),
						claim.likelyDuplicateOf());
			}
		}
		this.runs.count(this.runId, counts);
	}

	private static @Nullable RatingGiven rating(@Nullable ImportedRating rating) {
		return rating == null ? null : new RatingGiven(rating.name(), rating.value(), rating.best(), rating.worst(),
				rating.checker(), rating.reviewUrl(), rating.reviewedOn());
	}

}
