package org.claimtracker.quote;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * Where a span sits in an article body, as W3C Web Annotation selectors: a
 * TextPositionSelector ({@code start}, {@code end}: Java String indexes) and a
 * TextQuoteSelector ({@code exact} with up to {@value #CONTEXT} characters of
 * {@code prefix} and {@code suffix}) that finds the span again when the body is
 * corrected. Serializable, as a rejected proposal's anchor is kept in the editor's
 * session.
 */
@Embeddable
public class TextAnchor implements Serializable {

	private static final long serialVersionUID = 1L;

	/** Characters of context kept on each side of the span. */
	public static final int CONTEXT = 32;

	@Column(name = "anchor_start")
	private int start;

	@Column(name = "anchor_end")
	private int end;

	private String exact;

	private String prefix;

	private String suffix;

	protected TextAnchor() {
	}

	/** An anchor as given, checked against no body: for words to look for. */
	TextAnchor(int start, int end, String exact, String prefix, String suffix) {
		this.start = start;
		this.end = end;
		this.exact = exact;
		this.prefix = prefix;
		this.suffix = suffix;
	}

	/** The anchor of {@code body[start, end)}, with its context. */
	public static TextAnchor of(String body, int start, int end) {
		if (start < 0 || end > body.length() || start >= end) {
			throw new IllegalArgumentException(
					"Span [" + start + ", " + end + ") does not fit a body of " + body.length() + " characters");
		}
		return new TextAnchor(start, end, body.substring(start, end),
				body.substring(Math.max(0, start - CONTEXT), start),
				body.substring(end, Math.min(body.length(), end + CONTEXT)));
	}

	/** Whether the body still holds the exact text at this position. */
	public boolean matches(String body) {
		return this.end <= body.length() && this.end - this.start == this.exact.length()
				&& body.startsWith(this.exact, this.start);
	}

	/** Whether the two spans share a character. */
	public boolean overlaps(TextAnchor other) {
		return this.start < other.end && other.start < this.end;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof TextAnchor that && this.start == that.start && this.end == that.end
				&& this.exact.equals(that.exact) && this.prefix.equals(that.prefix) && this.suffix.equals(that.suffix);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.start, this.end, this.exact, this.prefix, this.suffix);
	}

	public int getStart() {
		return this.start;
	}

	public int getEnd() {
		return this.end;
	}

	public String getExact() {
		return this.exact;
	}

	public String getPrefix() {
		return this.prefix;
	}

	public String getSuffix() {
		return this.suffix;
	}

}
