package org.claimtracker.claim;

import java.util.Locale;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

import org.claimtracker.common.Names;

import org.claimtracker.common.Visibility;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The topics claims are filed under. */
@Service
public class TopicService {

	private final TopicRepository topics;

	TopicService(TopicRepository topics) {
		this.topics = topics;
	}

	@Transactional(readOnly = true)
	public TopicView topic(String slug) {
		return this.topics.findBySlugAndStatusIn(slug, Visibility.current())
			.map(TopicView::from)
			.orElseThrow(() -> new ClaimNotFoundException("topic", slug));
	}

	@Transactional(readOnly = true)
	public List<TopicView> topics() {
		return this.topics.findByStatusInOrderByName(Visibility.current()).stream().map(TopicView::from).toList();
	}

	/** A page of the topics, by name. */
	@Transactional(readOnly = true)
	public Page<TopicView> topics(Pageable page) {
		return this.topics
			.findByStatusIn(Visibility.current(),
					PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("name", "id")))
			.map(TopicView::from);
	}

	/**
	 * The topic a reader names: by id, by slug, or by name, in any case and spacing;
	 * empty when the current request sees no such topic.
	 */
	@Transactional(readOnly = true)
	public Optional<TopicView> named(String given) {
		return this.topics.findNamed(Names.tidy(given), Visibility.current()).stream().findFirst().map(TopicView::from);
	}

	@Transactional
	public Topic add(Topic topic) {
		return this.topics.save(topic);
	}

	/** A topic's slug from its name: lower-case letters and digits joined by hyphens. */
	static String slug(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.isEmpty() ? "topic-" + Integer.toHexString(name.hashCode()) : slug;
	}

}
