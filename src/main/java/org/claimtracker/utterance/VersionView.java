package org.claimtracker.utterance;

import java.util.List;

import org.claimtracker.quote.QuoteView;

/**
 * One version of an utterance as the comparison page shows it: the quote, whether it is
 * the reference, its words compared with the reference's, and what each difference does.
 */
public record VersionView(QuoteView quote, boolean reference, List<Piece> pieces, List<Alteration> alterations,
		boolean altered) {

}
