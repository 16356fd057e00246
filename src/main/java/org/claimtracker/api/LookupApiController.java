package org.claimtracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.claimtracker.article.ArticleService;
import org.claimtracker.claim.TopicService;
import org.claimtracker.person.PersonService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lists a client takes the ids and names that filters want from: people, topics,
 * outlets and races, paged as every list of the API is, with what the asker may see.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Lookups", description = "The people, topics, outlets and races that filters name, paged as every list; "
		+ "published ones only to anyone who may not see drafts")
class LookupApiController {

	/** The longest text a people lookup takes, as the longest name a person can have. */
	static final int MAX_QUERY = 200;

	private final PersonService people;

	private final TopicService topics;

	private final ArticleService articles;

	LookupApiController(PersonService people, TopicService topics, ArticleService articles) {
		this.people = people;
		this.topics = topics;
		this.articles = articles;
	}

	@GetMapping("/people")
	@Operation(operationId = "listPeople", summary = "People, by name, or those whose name is like the text",
			description = "With `q`: those whose name has the text in it or comes close to it, typos forgiven as in "
					+ "quote search's speaker filter (`Osoff` finds Jon Ossoff), the name itself first, then the "
					+ "closest. Without: everyone, by name.")
	Json.Page<Json.PersonRef> people(
			@RequestParam(required = false) @Parameter(
					description = "Text a name has or comes close to, at most " + MAX_QUERY + " characters",
					example = "Osoff") @Nullable String q,
			@RequestParam(defaultValue = "1") @Parameter(description = ReadApiController.PAGE, example = "1",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100000", defaultValue = "1")) int page,
			@RequestParam(defaultValue = "20") @Parameter(description = ReadApiController.SIZE, example = "20",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20")) int size) {
		String text = (q == null || q.isBlank()) ? null : q.replaceAll("\\p{Cc}", "").strip();
		if (text != null && text.length() > MAX_QUERY) {
			throw new BadParameterException("q", "q must be at most " + MAX_QUERY + " characters");
		}
		return page(this.people
			.people((text == null || text.isEmpty()) ? null : text, ReadApiController.pageRequest(page, size))
			.map(Json.PersonRef::from), page, size);
	}

	@GetMapping("/topics")
	@Operation(operationId = "listTopics", summary = "Topics, by name")
	Json.Page<Json.Topic> topics(
			@RequestParam(defaultValue = "1") @Parameter(description = ReadApiController.PAGE, example = "1",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100000", defaultValue = "1")) int page,
			@RequestParam(defaultValue = "20") @Parameter(description = ReadApiController.SIZE, example = "20",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20")) int size) {
		return page(this.topics.topics(ReadApiController.pageRequest(page, size)).map(Json.Topic::from), page, size);
	}

	@GetMapping("/outlets")
	@Operation(operationId = "listOutlets", summary = "Outlets with articles you may see, by name",
			description = "An outlet known only from draft articles is no outlet to anyone who may not see drafts.")
	Json.Page<Json.Outlet> outlets(
			@RequestParam(defaultValue = "1") @Parameter(description = ReadApiController.PAGE, example = "1",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100000", defaultValue = "1")) int page,
			@RequestParam(defaultValue = "20") @Parameter(description = ReadApiController.SIZE, example = "20",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20")) int size) {
		return page(this.articles.outlets(ReadApiController.pageRequest(page, size)).map(Json.Outlet::from), page,
				size);
	}

	@GetMapping("/races")
	@Operation(operationId = "listRaces", summary = "Races, the latest first, each with its candidates",
			description = "Ordered by runoff, else election date, the latest first; races without a date last.")
	Json.Page<Json.Race> races(
			@RequestParam(defaultValue = "1") @Parameter(description = ReadApiController.PAGE, example = "1",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100000", defaultValue = "1")) int page,
			@RequestParam(defaultValue = "20") @Parameter(description = ReadApiController.SIZE, example = "20",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20")) int size) {
		return page(this.people.races(ReadApiController.pageRequest(page, size)).map(Json.Race::from), page, size);
	}

	@GetMapping("/races/{id}")
	@Operation(operationId = "getRace", summary = "A race with its candidates")
	Json.Race race(@PathVariable @Parameter(description = "The race's id", example = "1") long id) {
		return Json.Race.from(this.people.race(id));
	}

	private static <T> Json.Page<T> page(Page<T> found, int page, int size) {
		return new Json.Page<>(found.getContent(), page, size, found.getTotalElements());
	}

}
