package org.claimtracker.importing;

/** What an import brings in: articles or claims. */
public enum ImportKind {

	ARTICLES, CLAIMS

}
