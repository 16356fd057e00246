package org.claimtracker.importing;

/** The file formats an import reads, each for one kind. */
public enum ImportFormat {

	JSON_LINES(ImportKind.ARTICLES), HTML(ImportKind.ARTICLES), ZIP(ImportKind.ARTICLES), CSV(ImportKind.CLAIMS),
	CLAIM_REVIEW(ImportKind.CLAIMS);

	private final ImportKind kind;

	ImportFormat(ImportKind kind) {
		this.kind = kind;
	}

	public ImportKind kind() {
		return this.kind;
	}

}
