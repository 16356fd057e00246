package org.claimtracker.api;

import org.springframework.http.HttpStatus;

/**
 * The problems the API answers, as its OpenAPI document describes them: each an RFC 9457
 * problem detail of type {@code about:blank} (its title is the status's reason phrase),
 * with the extension members the API adds. {@link OpenApiConfiguration} gives each an
 * example and attaches it to the operations that can answer it: by rule (a parameter, a
 * body, a token, If-Match) or as {@link Problems} names it.
 */
enum ProblemType {

	BAD_PARAMETER(HttpStatus.BAD_REQUEST, "BadParameter",
			"A query or path parameter has a value the route does not take, or a filter names nothing you may see; "
					+ "`parameter` names it",
			"""
					{"type": "about:blank", "title": "Bad Request", "status": 400,
					 "detail": "There is no topic 'nope'", "instance": "/api/v1/claims", "parameter": "topic"}"""),

	INVALID_BODY(HttpStatus.BAD_REQUEST, "InvalidBody",
			"The body is not JSON of the expected shape, or some of its fields break a rule; `errors` names each field",
			"""
					{"type": "about:blank", "title": "Bad Request", "status": 400,
					 "detail": "Some fields are not valid", "instance": "/api/v1/claims",
					 "errors": [{"field": "statement", "message": "must not be blank"}]}"""),

	UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "Unauthorized",
			"No API token was sent, or the one sent was revoked, is unknown or belongs to a disabled account "
					+ "(`WWW-Authenticate: Bearer error=\"invalid_token\"`)",
			"""
					{"type": "about:blank", "title": "Unauthorized", "status": 401,
					 "detail": "Writing needs a personal API token: send it as 'Authorization: Bearer <token>'",
					 "instance": "/api/v1/claims"}"""),

	FORBIDDEN(HttpStatus.FORBIDDEN, "Forbidden", "The token's account may not do this", """
			{"type": "about:blank", "title": "Forbidden", "status": 403,
			 "detail": "This token's account may not do this", "instance": "/api/v1/imports"}"""),

	NOT_FOUND(HttpStatus.NOT_FOUND, "NotFound",
			"Nothing you may see is at this address: drafts are not found for anyone who may not see them", """
					{"type": "about:blank", "title": "Not Found", "status": 404,
					 "detail": "No claim with id 98765", "instance": "/api/v1/claims/98765"}"""),

	NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "NotAcceptable",
			"The item has no answer of the media type asked for, and `detail` says which it has",
			"""
					{"type": "about:blank", "title": "Not Acceptable", "status": 406,
					 "detail": "Claim 3 has no published rating, and only a rated claim has a ClaimReview; ask for application/json to get the claim",
					 "instance": "/api/v1/claims/3"}"""),

	CONFLICT(HttpStatus.CONFLICT, "Conflict",
			"The change would make two items the same where only one may be (an article's URL, a person's name, a "
					+ "quote linked to a claim twice), or the same new value was saved twice at once; `existing` "
					+ "names the item already there",
			"""
					{"type": "about:blank", "title": "Conflict", "status": 409,
					 "detail": "An article with this URL exists: /api/v1/articles/1", "instance": "/api/v1/articles",
					 "existing": "/api/v1/articles/1"}"""),

	PRECONDITION_FAILED(HttpStatus.PRECONDITION_FAILED, "PreconditionFailed",
			"If-Match names a version that is no longer the current one (or a weak tag, which matches none); "
					+ "`current` holds the item as it is now",
			"""
					{"type": "about:blank", "title": "Precondition Failed", "status": 412,
					 "detail": "Someone else changed this claim since it was opened; fetch it again and send its current ETag in If-Match",
					 "instance": "/api/v1/claims/3",
					 "current": {"id": 3, "statement": "Under 287(g), local police act as immigration agents.",
					             "kind": "FACTUAL", "version": 4}}"""),

	UNKNOWN_REFERENCE(HttpStatus.UNPROCESSABLE_CONTENT, "UnknownReference",
			"The body names by id an item that is not there; `errors` names the field", """
					{"type": "about:blank", "title": "Unprocessable Content", "status": 422,
					 "detail": "subjectId 999999 does not exist", "instance": "/api/v1/claims",
					 "errors": [{"field": "subjectId", "message": "No person with id 999999."}]}"""),

	PRECONDITION_REQUIRED(HttpStatus.PRECONDITION_REQUIRED, "PreconditionRequired",
			"A change or deletion came without If-Match: the API will not guess which version it meant", """
					{"type": "about:blank", "title": "Precondition Required", "status": 428,
					 "detail": "Send If-Match with the ETag of the version you are changing",
					 "instance": "/api/v1/claims/3"}"""),

	CONTENT_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "ContentTooLarge",
			"The body is larger than the route takes: 1 MiB of text to extract, 20 MB of a Hypothesis export", """
					{"type": "about:blank", "title": "Content Too Large", "status": 413,
					 "detail": "The text is larger than 1048576 bytes", "instance": "/api/v1/extract"}"""),

	UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaType",
			"The body is of a media type the route does not take",
			"""
					{"type": "about:blank", "title": "Unsupported Media Type", "status": 415,
					 "detail": "Send text/plain or application/json {\\"text\\": …}", "instance": "/api/v1/extract"}"""),

	TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "TooManyRequests",
			"Too many costly requests from your address; `Retry-After` says in how many seconds to try again", """
					{"type": "about:blank", "title": "Too Many Requests", "status": 429,
					 "detail": "Too many extractions from your address; try again in 12 seconds",
					 "instance": "/api/v1/extract"}""");

	private final HttpStatus status;

	private final String name;

	private final String description;

	private final String example;

	ProblemType(HttpStatus status, String name, String description, String example) {
		this.status = status;
		this.name = name;
		this.description = description;
		this.example = example;
	}

	HttpStatus status() {
		return this.status;
	}

	/** Its name among the document's examples. */
	String exampleName() {
		return this.name;
	}

	String description() {
		return this.description;
	}

	/** An answer of this type, as JSON. */
	String example() {
		return this.example;
	}

}
