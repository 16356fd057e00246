package org.claimtracker.importing;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Finds the reviews of a ClaimReview file without holding any: where each one starts and
 * ends in the file, read as a stream of JSON tokens whose texts are passed over unread.
 * The file is one review (a JSON object), a list of them (a JSON array), a schema.org
 * {@code DataFeed} whose {@code dataFeedElement} lists them, or JSON-LD whose
 * {@code @graph} holds them among other nodes. Every element of a list or feed is an
 * entry; of a graph, only the nodes typed ClaimReview.
 */
final class ClaimReviewEntries implements Closeable {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** An entry: its number among the elements (from 1), and its bytes in the file. */
	record Entry(long number, long start, long end, boolean object) {

		long size() {
			return this.end - this.start;
		}

	}

	private enum Place {

		START, ROOT_ARRAY, ROOT_FIELDS, CONTAINER, END

	}

	private final JsonParser parser;

	private final long offset;

	private Place place = Place.START;

	private boolean graph;

	private boolean container;

	private long rootStart;

	private long number;

	ClaimReviewEntries(InputStream in) throws IOException {
		BufferedInputStream buffered = new BufferedInputStream(in, 64 << 10);
		buffered.mark(3);
		boolean bom = Arrays.equals(buffered.readNBytes(3), BOM);
		if (!bom) {
			buffered.reset();
		}
		this.offset = bom ? 3 : 0;
		this.parser = JsonValues.MAPPER.createParser(buffered);
	}

	/** The next entry, or null at the end; malformed JSON throws a JacksonException. */
	@Nullable Entry next() {
		while (true) {
			switch (this.place) {
				case START -> begin();
				case ROOT_ARRAY, CONTAINER -> {
					JsonToken token = this.parser.nextToken();
					if (token == JsonToken.END_ARRAY || token == null) {
						this.place = (this.place == Place.ROOT_ARRAY) ? Place.END : Place.ROOT_FIELDS;
					}
					else {
						Entry entry = element(token);
						if (entry != null) {
							return entry;
						}
					}
				}
				case ROOT_FIELDS -> {
					Entry entry = rootField();
					if (entry != null) {
						return entry;
					}
				}
				case END -> {
					return null;
				}
			}
		}
	}

	private void begin() {
		JsonToken token = this.parser.nextToken();
		if (token == JsonToken.START_ARRAY) {
			this.place = Place.ROOT_ARRAY;
		}
		else if (token == JsonToken.START_OBJECT) {
			this.rootStart = tokenStart();
			this.place = Place.ROOT_FIELDS;
		}
		else {
			this.place = Place.END;
		}
	}

	/**
	 * The root object's next field: a list of reviews to go into, or one to pass over.
	 */
	private @Nullable Entry rootField() {
		JsonToken token = this.parser.nextToken();
		if (token == JsonToken.PROPERTY_NAME) {
			String name = this.parser.currentName();
			JsonToken value = this.parser.nextToken();
			if ((name.equals("dataFeedElement") || name.equals("@graph")) && value == JsonToken.START_ARRAY) {
				this.place = Place.CONTAINER;
				this.graph = name.equals("@graph");
				this.container = true;
			}
			else {
				this.parser.skipChildren();
			}
			return null;
		}
		this.place = Place.END;
		// a root object that lists no reviews is one itself
		return this.container ? null : new Entry(++this.number, this.rootStart, end(), true);
	}

	/**
	 * An element of a list: an entry, unless it is a node of a graph that is no review.
	 */
	private @Nullable Entry element(JsonToken token) {
		long start = tokenStart();
		boolean object = token == JsonToken.START_OBJECT;
		boolean review = (object && this.graph) ? typedClaimReview() : skip();
		// counted once read to its end, so that JSON broken inside it is said to be in it
		this.number++;
		return (review && (object || !this.graph)) ? new Entry(this.number, start, end(), object) : null;
	}

	private boolean skip() {
		this.parser.skipChildren();
		return true;
	}

	/**
	 * Reads an object's fields to its end, and tells whether its {@code @type} is
	 * ClaimReview.
	 */
	private boolean typedClaimReview() {
		boolean review = false;
		for (JsonToken token = this.parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = this.parser
			.nextToken()) {
			boolean type = this.parser.currentName().equals("@type");
			JsonToken value = this.parser.nextToken();
			if (type && value == JsonToken.VALUE_STRING) {
				review |= isClaimReview(this.parser.getString());
			}
			else if (type && value == JsonToken.START_ARRAY) {
				for (JsonToken each = this.parser.nextToken(); each != JsonToken.END_ARRAY; each = this.parser
					.nextToken()) {
					review |= (each == JsonToken.VALUE_STRING) && isClaimReview(this.parser.getString());
					this.parser.skipChildren();
				}
			}
			else {
				this.parser.skipChildren();
			}
		}
		return review;
	}

	private static boolean isClaimReview(String type) {
		return type.equals("ClaimReview") || type.endsWith(":ClaimReview") || type.endsWith("/ClaimReview");
	}

	private long tokenStart() {
		return this.offset + this.parser.currentTokenLocation().getByteOffset();
	}

	/** Where the current token, the last of a value, ends. */
	private long end() {
		return this.offset + this.parser.currentLocation().getByteOffset();
	}

	/** How many elements have been found so far. */
	long number() {
		return this.number;
	}

	@Override
	public void close() throws IOException {
		this.parser.close();
	}

}
