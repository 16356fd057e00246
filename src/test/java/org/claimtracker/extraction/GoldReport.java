package org.claimtracker.extraction;

import java.util.List;

/**
 * Prints the extractor's scores on the gold set: tuning articles and held-out articles
 * apart, then all of them. With {@code --errors}, also every miss, extra proposal and
 * wrong speaker.
 */
public final class GoldReport {

	private GoldReport() {
	}

	public static void main(String[] args) {
		List<GoldArticle> all = GoldArticle.all();
		List<GoldArticle> tuning = all.stream().filter((a) -> !a.heldOut()).toList();
		List<GoldArticle> heldOut = all.stream().filter(GoldArticle::heldOut).toList();
		Evaluation whole = Evaluation.of(all);
		System.out.println(Evaluation.of(tuning).report("Tuning set (" + tuning.size() + " articles)"));
		System.out.println(Evaluation.of(heldOut).report("Held-out set (" + heldOut.size() + " articles)"));
		System.out.println(whole.report("Whole gold set (" + all.size() + " articles)"));
		if (List.of(args).contains("--errors")) {
			whole.errors.forEach(System.out::println);
		}
	}

}
