package org.claimtracker.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lines of at most 1 MiB are read whole; a longer one is passed over to its end.
 */
class BoundedLinesTest {

	@Test
	void aLineOfExactlyTheLimitIsKeptAndOneByteMoreIsNot() throws Exception {
		String exact = "a".repeat(Limits.RECORD);
		String over = "b".repeat(Limits.RECORD + 1);
		byte[] file = (exact + "\r\n" + over + "\nlast").getBytes(StandardCharsets.UTF_8);
		try (BoundedLines lines = new BoundedLines(new ByteArrayInputStream(file))) {
			BoundedLines.Line first = lines.next();
			assertThat(first.tooLong()).isFalse();
			assertThat(first.bytes()).hasSize(Limits.RECORD);
			BoundedLines.Line second = lines.next();
			assertThat(second.tooLong()).isTrue();
			assertThat(second.number()).isEqualTo(2);
			BoundedLines.Line third = lines.next();
			assertThat(third.text()).isEqualTo("last");
			assertThat(third.number()).isEqualTo(3);
			assertThat(lines.next()).isNull();
		}
	}

	@Test
	void bytesThatAreNotUtf8AreABadLine() throws IOException {
		byte[] file = { '{', (byte) 0xE9, '}', '\n' };
		try (BoundedLines lines = new BoundedLines(new ByteArrayInputStream(file))) {
			BoundedLines.Line line = lines.next();
			org.assertj.core.api.Assertions.assertThatThrownBy(line::text)
				.isInstanceOf(BadRecordException.class)
				.hasMessage("the line is not UTF-8 text");
		}
	}

}
