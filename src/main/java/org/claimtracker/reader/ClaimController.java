package org.claimtracker.reader;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.claimtracker.claim.ClaimFilter;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.ClaimService;
import org.claimtracker.claim.ClaimSort;
import org.claimtracker.claim.RatingScale;
import org.claimtracker.claim.TopicService;
import org.claimtracker.pages.PageService;
import org.claimtracker.pages.Pages;
import org.claimtracker.person.PersonService;
import org.claimtracker.person.PersonView;
import org.claimtracker.system.PublicUrl;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * Claim list with filters, the claim page with its evidence side by side, and topic
 * pages.
 */
@Controller
class ClaimController {

	private final ClaimService claims;

	private final TopicService topics;

	private final PersonService people;

	private final PageService reader;

	private final RatingScale scale;

	private final PublicUrl publicUrl;

	ClaimController(ClaimService claims, TopicService topics, PersonService people, PageService reader,
			RatingScale scale, PublicUrl publicUrl) {
		this.claims = claims;
		this.topics = topics;
		this.people = people;
		this.reader = reader;
		this.scale = scale;
		this.publicUrl = publicUrl;
	}

	@GetMapping("/claims")
	String list(@RequestParam(required = false) @Nullable String topic,
			@RequestParam(required = false) @Nullable ClaimKind kind,
			@RequestParam(required = false) @Nullable Long subject, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable ClaimSort sort, @RequestParam(defaultValue = "1") int page,
			Model model) {
		ClaimFilter filter = this.claims.filter(topic, kind, subject, q, sort);
		List<PersonView> people = this.people.people();
		model.addAttribute("claims", PageNumber.within(
				this.claims.claims(filter, PageRequest.of(PageNumber.check(page) - 1, ArticleController.PAGE_SIZE))));
		model.addAttribute("filter", filter);
		model.addAttribute("topics", this.topics.topics());
		// people worth narrowing to, and the one asked for, so that the form shows the
		// filter in force
		Set<Long> about = this.claims.quotedOrSubjectIds();
		model.addAttribute("people",
				people.stream().filter((p) -> about.contains(p.id()) || Objects.equals(p.id(), subject)).toList());
		model.addAttribute("kinds", ClaimKind.values());
		model.addAttribute("sorts", List.of(ClaimSort.EVIDENCE, ClaimSort.NEWEST, ClaimSort.RATED));
		return "claims/list";
	}

	@GetMapping("/claims/{id}")
	String show(@PathVariable long id, HttpServletRequest request, Model model) {
		Pages.Claim page = this.reader.claim(id);
		model.addAttribute("page", page);
		String site = this.publicUrl.of(request);
		model.addAttribute("claimReview", ClaimReviewJsonLd.of(page, this.scale, site));
		model.addAttribute("feed",
				FeedLink.of("claim", Long.toString(id), "Evidence for and against this claim (Atom)"));
		return "claims/show";
	}

	@GetMapping("/topics")
	String topics(Model model) {
		model.addAttribute("topics", this.topics.topics());
		return "topics/list";
	}

	@GetMapping("/topics/{slug}")
	String topic(@PathVariable String slug, Model model) {
		if (!slug.equals(slug.toLowerCase(Locale.ROOT))) {
			return "redirect:/topics/"
					+ UriUtils.encodePathSegment(slug.toLowerCase(Locale.ROOT), StandardCharsets.UTF_8);
		}
		Pages.Topic page = this.reader.topic(slug);
		model.addAttribute("page", page);
		model.addAttribute("feed",
				FeedLink.of("topic", page.topic().slug(), "Quotes on " + page.topic().name() + " (Atom)"));
		return "topics/show";
	}

}
