package org.claimtracker.importing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The claims of a schema.org ClaimReview file, a review at a time:
 * {@link ClaimReviewEntries} finds where each review is, and only then is it read whole,
 * as a tree, from its own bytes; a review over 1 MiB is a bad record and is never read.
 * JSON that breaks off ends the reading with a bad record: nothing after it can be told
 * apart.
 */
final class ClaimReviewClaims extends ReadAhead<ImportedClaim> {

	private final ClaimReviewEntries entries;

	private final FileChannel channel;

	private long position;

	private boolean broken;

	ClaimReviewClaims(Path path, String file, long skip) throws IOException {
		super(file);
		this.entries = new ClaimReviewEntries(Files.newInputStream(path));
		this.channel = FileChannel.open(path, StandardOpenOption.READ);
		try {
			while (this.position < skip && this.entries.next() != null) {
				this.position++;
			}
		}
		catch (JacksonException ex) {
			// skipped past where the JSON breaks off: there is nothing more to read
			this.broken = true;
		}
	}

	/** How many reviews a file holds, as far as it reads as JSON. */
	static long count(Path path) throws IOException {
		long count = 0;
		try (ClaimReviewEntries entries = new ClaimReviewEntries(Files.newInputStream(path))) {
			while (entries.next() != null) {
				count++;
			}
		}
		catch (JacksonException ex) {
			// the reviews before the JSON breaks off are all that will be read
		}
		return count;
	}

	@Override
	protected @Nullable ImportRecord<ImportedClaim> read() throws IOException {
		if (this.broken) {
			return null;
		}
		long at = this.position;
		ClaimReviewEntries.Entry entry;
		try {
			entry = this.entries.next();
		}
		catch (JacksonException ex) {
			this.broken = true;
			this.position++;
			return ImportRecord.bad(this.file, at, "entry " + (this.entries.number() + 1),
					"not JSON from here on" + Text.at(ex.getLocation()) + ", so the file cannot be read further");
		}
		if (entry == null) {
			return null;
		}
		this.position++;
		String where = "entry " + entry.number();
		try {
			return ImportRecord.of(this.file, at, where, ClaimReview.read(tree(entry)));
		}
		catch (BadRecordException ex) {
			return ImportRecord.bad(this.file, at, where, ex.getMessage());
		}
	}

	private JsonNode tree(ClaimReviewEntries.Entry entry) throws IOException, BadRecordException {
		if (!entry.object()) {
			throw new BadRecordException("not a JSON object: each review must be one ClaimReview in { }");
		}
		if (entry.size() > Limits.RECORD) {
			throw new BadRecordException(Limits.tooBig("the review"));
		}
		ByteBuffer bytes = ByteBuffer.allocate((int) entry.size());
		while (bytes.hasRemaining()) {
			if (this.channel.read(bytes, entry.start() + bytes.position()) < 0) {
				throw new BadRecordException("the file ends inside the review");
			}
		}
		try {
			return JsonValues.MAPPER.readTree(bytes.array());
		}
		catch (JacksonException ex) {
			throw new BadRecordException("not JSON: the review does not read as a JSON object");
		}
	}

	@Override
	public void close() throws IOException {
		try (this.channel) {
			this.entries.close();
		}
	}

}
