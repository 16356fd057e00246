package org.claimtracker.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a Hypothesis export as text, refusing what is too large to be one (the API
 * answers 200 annotations a page) or not UTF-8.
 */
public final class HypothesisFile {

	/** The most an export may hold: some thousands of annotations. */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	private HypothesisFile() {
	}

	/** Raised when the file is too large. */
	public static final class TooLargeException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		TooLargeException() {
			super("A Hypothesis export may hold at most " + (MAX_BYTES / 1024 / 1024)
					+ " MB; import it in smaller parts (Hypothesis's search answers 200 annotations at a time)");
		}

	}

	/** The file's text. */
	public static String read(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(MAX_BYTES + 1);
		if (bytes.length > MAX_BYTES) {
			throw new TooLargeException();
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new HypothesisImport.NotAnExportException("The file is not text in UTF-8, as JSON must be");
		}
	}

}
