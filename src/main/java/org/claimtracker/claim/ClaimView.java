package org.claimtracker.claim;

import java.util.Comparator;
import java.util.List;

import org.claimtracker.person.Person;
import org.jspecify.annotations.Nullable;

/** A claim with its subject and topics. */
public record ClaimView(long id, String statement, ClaimKind kind, @Nullable Long subjectId, @Nullable String subject,
		@Nullable String subjectParty, List<TopicView> topics, int version, boolean draft) {

	static ClaimView from(Claim claim) {
		Person subject = claim.getSubject();
		List<TopicView> topics = claim.getTopics()
			.stream()
			.filter(Topic::isPublished)
			.map(TopicView::from)
			.sorted(Comparator.comparing(TopicView::name))
			.toList();
		return new ClaimView(claim.getId(), claim.getStatement(), claim.getKind(),
				(subject != null) ? subject.getId() : null, (subject != null) ? subject.getName() : null,
				(subject != null) ? subject.getParty() : null, topics, claim.getVersion(), !claim.isPublished());
	}

}
