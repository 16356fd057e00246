package org.claimtracker.api;

import java.util.List;

import org.claimtracker.article.ArticleService;
import org.claimtracker.article.OutletName;
import org.claimtracker.claim.TopicService;
import org.claimtracker.claim.TopicView;
import org.claimtracker.common.UnknownFilterException;
import org.claimtracker.person.PersonService;
import org.claimtracker.person.PersonView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a list filter names, read the same way on every route (docs/api.md, "Names and
 * shapes"): a person by id or by name, typos forgiven; an outlet by id or by name; a
 * topic by id, slug or name; names in any case and spacing. A blank filter is none. One
 * that names nothing the asker may see is refused naming its parameter, the same whether
 * nothing has that name or only drafts do.
 */
@Component
class FilterNames {

	private final PersonService people;

	private final ArticleService articles;

	private final TopicService topics;

	FilterNames(PersonService people, ArticleService articles, TopicService topics) {
		this.people = people;
		this.articles = articles;
		this.topics = topics;
	}

	/**
	 * The person a filter names: the one of that id or name, or else the one whose name
	 * comes closest.
	 */
	@Nullable Long person(String parameter, @Nullable String given) {
		String value = value(given);
		if (value == null) {
			return null;
		}
		List<PersonView> named = this.people.named(value);
		if (named.isEmpty()) {
			throw new UnknownFilterException(parameter,
					isId(value) ? "There is no person " + value : "No person has a name like '" + shorten(value) + "'");
		}
		return named.get(0).id();
	}

	@Nullable Long outlet(String parameter, @Nullable String given) {
		String value = value(given);
		if (value == null) {
			return null;
		}
		return this.articles.outletNamed(value)
			.map(OutletName::id)
			.orElseThrow(() -> new UnknownFilterException(parameter,
					isId(value) ? "There is no outlet " + value : "There is no outlet '" + shorten(value) + "'"));
	}

	/** The topic a filter names, as its slug. */
	@Nullable String topic(String parameter, @Nullable String given) {
		String value = value(given);
		if (value == null) {
			return null;
		}
		return this.topics.named(value)
			.map(TopicView::slug)
			.orElseThrow(() -> new UnknownFilterException(parameter,
					isId(value) ? "There is no topic " + value : "There is no topic '" + shorten(value) + "'"));
	}

	/**
	 * The value without control characters (PostgreSQL refuses NUL in text), or null when
	 * nothing is left, as quote search reads its filters.
	 */
	private static @Nullable String value(@Nullable String given) {
		if (given == null) {
			return null;
		}
		String text = given.replaceAll("\\p{Cc}", "").strip();
		return text.isEmpty() ? null : text;
	}

	private static boolean isId(String value) {
		return value.chars().allMatch(Character::isDigit) && value.length() <= 18;
	}

	private static String shorten(String text) {
		return (text.length() > 60) ? text.substring(0, 60) + "…" : text;
	}

}
