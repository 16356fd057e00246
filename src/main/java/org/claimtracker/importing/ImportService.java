package org.claimtracker.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Bulk imports, by whichever way they come in (the command line, the editors' upload
 * page, the API): files are checked, a run is recorded, and the run goes through
 * {@link ImportRunner}, in the background or here and now. The same files given again
 * while their run is unfinished resume that run rather than start another.
 */
@Service
public class ImportService {

	private final ImportRuns runs;

	private final ImportRunner runner;

	private final Path spool;

	ImportService(ImportRuns runs, ImportRunner runner, @Value("${claimtracker.import.directory}") Path spool) {
		this.runs = runs;
		this.runner = runner;
		this.spool = spool.toAbsolutePath();
	}

	/** Writes an upload's content to the place it is given. */
	public interface Upload {

		void transferTo(Path path) throws IOException;

	}

	/**
	 * Keeps an uploaded file where the run can read it until it is over, streamed to disk
	 * and never held in memory.
	 */
	public ImportFile keep(String name, Upload upload) {
		try {
			Files.createDirectories(this.spool);
			Path path = this.spool.resolve(UUID.randomUUID() + ".upload");
			upload.transferTo(path);
			return new ImportFile(baseName(name), path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Starts importing kept uploads in the background; answers the run's id. Uploads
	 * refused are not kept.
	 */
	public long startKept(List<ImportFile> files, boolean publish, String startedBy) {
		try {
			return start(files, publish, startedBy);
		}
		catch (ImportRefusedException ex) {
			files.forEach((file) -> file.path().toFile().delete());
			throw ex;
		}
	}

	/** Starts importing the files in the background; answers the run's id. */
	public long start(List<ImportFile> files, boolean publish, String startedBy) {
		long runId = record(files, publish, startedBy);
		this.runner.inBackground(runId);
		return runId;
	}

	/** Imports the files here and now; answers the run as it ended. */
	public ImportStatus run(List<ImportFile> files, boolean publish, String startedBy) {
		long runId = record(files, publish, startedBy);
		this.runner.here(runId);
		return status(runId);
	}

	public ImportStatus status(long runId) {
		return this.runs.status(runId).orElseThrow(() -> new ImportNotFoundException(runId));
	}

	public List<ImportStatus> recent(int limit) {
		return this.runs.recent(limit);
	}

	/**
	 * Checks the files and records a run of them, or finds the unfinished run of the same
	 * files with the same options.
	 */
	private long record(List<ImportFile> files, boolean publish, String startedBy) {
		if (files.isEmpty()) {
			throw new ImportRefusedException("Choose at least one file to import.");
		}
		List<ImportFileRow> rows = new ArrayList<>();
		MessageDigest fingerprint = sha256();
		@Nullable ImportKind kind = null;
		for (ImportFile file : files) {
			ImportFormat format = detect(file);
			if (kind != null && format.kind() != kind) {
				throw new ImportRefusedException("Articles and claims go in separate imports: " + file.name()
						+ " holds " + label(format.kind()) + ", the files before it " + label(kind) + ".");
			}
			kind = format.kind();
			rows.add(new ImportFileRow(rows.size(), file.name(), file.path(), format));
			fingerprint.update((file.name() + "\n" + contentHash(file.path()) + "\n").getBytes(StandardCharsets.UTF_8));
		}
		fingerprint.update((kind + (publish ? " published" : " drafts")).getBytes(StandardCharsets.UTF_8));
		String key = HexFormat.of().formatHex(fingerprint.digest());
		Optional<Long> unfinished = this.runs.unfinished(key);
		if (unfinished.isPresent()) {
			this.runs.relocate(unfinished.get(), rows);
			return unfinished.get();
		}
		return this.runs.create(Objects.requireNonNull(kind), key, publish, startedBy, rows);
	}

	private static ImportFormat detect(ImportFile file) {
		try {
			return ImportFiles.detect(file.path(), file.name());
		}
		catch (WrongFileException ex) {
			throw new ImportRefusedException(file.name() + ": " + ex.getMessage());
		}
		catch (IOException ex) {
			throw new ImportRefusedException(file.name() + ": the file cannot be read (" + ex.getMessage() + ").");
		}
	}

	private static String contentHash(Path path) {
		MessageDigest digest = sha256();
		try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			throw new ImportRefusedException(
					path.getFileName() + ": the file cannot be read (" + ex.getMessage() + ").");
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static String label(ImportKind kind) {
		return kind == ImportKind.ARTICLES ? "articles" : "claims";
	}

	/** The name without any folder a browser or a zip put before it. */
	private static String baseName(String name) {
		String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		return base.isEmpty() ? "upload" : base;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
