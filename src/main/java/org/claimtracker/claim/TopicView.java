package org.claimtracker.claim;

/** A topic as readers see it. */
public record TopicView(long id, String slug, String name) {

	static TopicView from(Topic topic) {
		return new TopicView(topic.getId(), topic.getSlug(), topic.getName());
	}

}
