package org.claimtracker.reader;

/**
 * What a public page says of itself to search engines and to sites that preview links
 * (its description, OpenGraph and Twitter card tags): a title, a sentence or two, and
 * whether it is an article or a site's page.
 */
record PageMeta(String title, String description, String type) {

	/** Descriptions are cut to what previews show. */
	static final int DESCRIPTION = 200;

	PageMeta {
		description = (description.length() > DESCRIPTION) ? description.substring(0, DESCRIPTION - 1) + "…"
				: description;
	}

}
