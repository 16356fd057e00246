package org.claimtracker.importing;

/**
 * What an import file adds: articles, or claims with their ratings.
 */
public enum ImportKind {

	ARTICLES, CLAIMS

}
