package org.claimtracker.utterance;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An utterance with every version a reader may see, the reference (the earliest full
 * version) first.
 */
public record UtteranceView(long id, int version, long speakerId, String speaker, @Nullable String party,
		List<VersionView> versions) {

	/** How many outlets reported it. */
	public long outlets() {
		return this.versions.stream().map((v) -> v.quote().outlet()).distinct().count();
	}

	/** How many versions alter the reference. */
	public long alteredVersions() {
		return this.versions.stream().filter(VersionView::altered).count();
	}

	public VersionView reference() {
		return this.versions.get(0);
	}

}
