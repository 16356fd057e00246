package org.claimtracker.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.claimtracker.article.Paragraph;
import org.jspecify.annotations.Nullable;

/**
 * Cuts paragraphs into segments so that marks may nest or overlap: each character of a
 * paragraph lies in exactly one segment, in order, and a segment carries every mark that
 * covers it.
 */
public final class MarkedText {

	/**
	 * Quotes before appearances, the shorter first: the first is the one a segment links
	 * to.
	 */
	private static final Comparator<Mark> ORDER = Comparator.comparing((Mark m) -> !m.isQuote())
		.thenComparingInt(Mark::length);

	private MarkedText() {
	}

	/**
	 * A run of text covered by the same marks; {@code opening} are the marks that start
	 * here.
	 */
	public record Segment(String text, List<Mark> marks, List<Mark> opening) {

		public boolean isMarked() {
			return !this.marks.isEmpty();
		}

		/**
		 * Where the segment links to: the shortest quote covering it, else the shortest
		 * appearance.
		 */
		public @Nullable Mark primary() {
			return this.marks.stream().min(ORDER).orElse(null);
		}

		/**
		 * The ids of the cards of the marks covering the segment, the one it links to
		 * first, as the page's script opens them.
		 */
		public String cards() {
			return String.join(" ", this.marks.stream().sorted(ORDER).map((m) -> "card-" + m.anchorId()).toList());
		}

		public String cssClasses() {
			return String.join(" ", this.marks.stream().map((m) -> m.type().cssClass()).distinct().toList());
		}

		public String title() {
			return String.join("; ", this.marks.stream().map(Mark::label).toList());
		}

	}

	public static List<List<Segment>> of(List<Paragraph> paragraphs, List<Mark> marks) {
		return paragraphs.stream().map((p) -> segments(p, marks)).toList();
	}

	static List<Segment> segments(Paragraph paragraph, List<Mark> marks) {
		TreeSet<Integer> cuts = new TreeSet<>(List.of(paragraph.start(), paragraph.end()));
		for (Mark mark : marks) {
			for (int at : new int[] { mark.start(), mark.end() }) {
				if (at > paragraph.start() && at < paragraph.end()) {
					cuts.add(at);
				}
			}
		}
		List<Segment> segments = new ArrayList<>();
		Integer from = cuts.first();
		for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
			int start = from;
			int end = to;
			List<Mark> covering = marks.stream().filter((m) -> m.start() <= start && m.end() >= end).toList();
			List<Mark> opening = covering.stream().filter((m) -> m.start() == start).toList();
			segments.add(new Segment(paragraph.text().substring(start - paragraph.start(), end - paragraph.start()),
					covering, opening));
		}
		return segments;
	}

}
