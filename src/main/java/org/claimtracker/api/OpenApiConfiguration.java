package org.claimtracker.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.claimtracker.system.PublicUrl;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.HandlerMethod;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's OpenAPI 3.1 document, served at {@code /v3/api-docs} and browsed at
 * {@code /swagger-ui.html}. springdoc builds it from the controllers, on its first
 * request and not at startup; this adds what annotations do not say once for all routes:
 * <ul>
 * <li>the problems each route answers, as RFC 9457 problem details with the API's
 * extension members: by rule (a parameter may be bad, a body invalid, an item missing, a
 * token refused, an If-Match stale or missing) and as {@link Problems} names them;</li>
 * <li>the ETag, If-Match and If-None-Match rules, and the token scheme;</li>
 * <li>whether each field of the API's records may be null, and is always there if
 * not;</li>
 * <li>an example of every answer and body, from {@code openapi/examples/} (the
 * operation's id, {@code .request} for its body, then the media type when it is not
 * JSON), taken from the demo data set.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/** The name of the personal API token scheme. */
	static final String API_TOKEN = "apiToken";

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final String EXAMPLES = "openapi/examples/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Bean
	OpenAPI claimTrackerApi() {
		Components components = new Components()
			.addSecuritySchemes(API_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
				.scheme("bearer")
				.bearerFormat("ct_…")
				.description("A personal API token, made and revoked on the editor's page /editor/account and sent "
						+ "as `Authorization: Bearer ct_…`. Writes and imports need one; reads take none, and a "
						+ "signed-in editor's token also sees drafts. A revoked, unknown or disabled account's token "
						+ "answers 401 with `WWW-Authenticate: Bearer error=\"invalid_token\"`."))
			.addSchemas("Problem", problemSchema())
			.addSchemas("FieldError", new ObjectSchema().description("A field of the body and what is wrong with it")
				.addProperty("field",
						new StringSchema().description("The field, with its path: selector.start").example("statement"))
				.addProperty("message", new StringSchema().example("must not be blank"))
				.required(List.of("field", "message")))
			.addHeaders("ETag", new Header()
				.description("The answer's entity tag. A read's is the item's version, a dot and a digest of the "
						+ "whole answer (\"3.5f1c09a2b4e6d871\"), so it changes when related items do; a write's is "
						+ "the version it saved (\"4\"). If-Match takes either.")
				.schema(new StringSchema().example("\"3.5f1c09a2b4e6d871\"")))
			.addHeaders("Location",
					new Header().description("The address of what was created")
						.schema(new StringSchema().example("/api/v1/claims/12")))
			.addHeaders("Retry-After",
					new Header().description("Seconds to wait before trying again")
						.schema(new IntegerSchema().example(12)))
			.addHeaders("WWW-Authenticate",
					new Header()
						.description("`Bearer`, or `Bearer error=\"invalid_token\"` for a token that does not work")
						.schema(new StringSchema().example("Bearer error=\"invalid_token\"")))
			.addParameters("IfMatch", new Parameter().in("header")
				.name("If-Match")
				.required(true)
				.description("The ETag of the version this change applies to: a read's (\"3.5f1c09a2b4e6d871\", "
						+ "going by the version before the dot) or a write's (\"3\"); `*` applies it to the "
						+ "version there is now. Compared strongly: a weak tag (W/\"3\") matches no version. A "
						+ "stale one answers 412 with the item as it is now, a missing one 428.")
				.example("\"3\"")
				.schema(new StringSchema()))
			.addParameters("IfNoneMatch", new Parameter().in("header")
				.name("If-None-Match")
				.required(false)
				.description("The ETag of an answer you have: 304, with no body, when it is still the very same answer")
				.example("\"3.5f1c09a2b4e6d871\"")
				.schema(new StringSchema()));
		for (ProblemType type : ProblemType.values()) {
			components.addExamples(type.exampleName(),
					new Example().summary(type.description()).value(readJson(type.example())));
		}
		return new OpenAPI().info(new Info().title("ClaimTracker API").version("v1").description("""
				ClaimTracker's JSON API: articles, quotes, claims and the evidence that links them, as readers \
				see them, and changes to them with a personal API token. Lists are paged with `page` and \
				`size` (at most 100) and answer `{items, page, size, total}`. A filter that names a person, \
				outlet or topic takes the id, or the name (a topic's slug too) as a person would type it, on \
				every route; one that names nothing you may see answers 400 naming the parameter. Errors are \
				RFC 9457 problem details (`application/problem+json`) on every route, an unknown address or \
				method under /api/v1 included. The rules in prose: docs/api.md.""")).components(components);
	}

	/** Links in the document lead to the site's public address, never a client's Host. */
	@Bean
	ServerBaseUrlCustomizer publicServer(PublicUrl publicUrl) {
		return (serverBaseUrl, request) -> {
			if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
				HttpServletRequest current = attributes.getRequest();
				return publicUrl.of(current);
			}
			return serverBaseUrl;
		};
	}

	/** Each route's problems, conditional-request rules and examples. */
	@Bean
	OperationCustomizer problemsAndExamples() {
		return (operation, handler) -> {
			RequestMethod method = method(handler);
			examples(operation);
			conditions(operation, handler, method);
			problems(operation, handler);
			return operation;
		};
	}

	/**
	 * The fields of the API's records as they are: each one that is not {@code @Nullable}
	 * is always there (required), and each one that is may be null, as JSON Schema
	 * 2020-12 says it (a type that includes "null").
	 */
	@Bean
	ModelConverter nullableOrRequired() {
		return new ModelConverter() {

			@Override
			@SuppressWarnings({ "rawtypes", "unchecked" })
			public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context,
					Iterator<ModelConverter> chain) {
				Schema resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
				Class<?> raw = io.swagger.v3.core.util.Json.mapper().constructType(type.getType()).getRawClass();
				if (resolved == null || !raw.isRecord() || !raw.getName().startsWith("org.claimtracker.")) {
					return resolved;
				}
				Schema model = (resolved.get$ref() != null) ? context.getDefinedModels()
					.get(resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1)) : resolved;
				if (model == null || model.getProperties() == null) {
					return resolved;
				}
				Map<String, Schema> properties = model.getProperties();
				for (RecordComponent component : raw.getRecordComponents()) {
					Schema property = properties.get(component.getName());
					if (property == null) {
						continue;
					}
					if (property.getOneOf() != null) {
						oneOfAlone(property);
					}
					if (!component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
						model.addRequiredItem(component.getName());
					}
					else if (property.get$ref() != null) {
						properties.put(component.getName(), new Schema().anyOf(List.of(property, nullSchema())));
					}
					else if (property.getTypes() != null) {
						property.addType("null");
					}
					else if (property.getType() != null) {
						property.setTypes(new LinkedHashSet<>(List.of(property.getType(), "null")));
					}
				}
				return resolved;
			}

			@Override
			public boolean isOpenapi31() {
				return true;
			}

		};
	}

	/**
	 * A field that takes one of several shapes is of their types, not of its Java type:
	 * what that type's constraints say moves to the alternative of its type.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void oneOfAlone(Schema property) {
		String type = (property.getType() != null) ? property.getType()
				: (property.getTypes() != null && property.getTypes().size() == 1)
						? (String) property.getTypes().iterator().next() : null;
		for (Object alternative : property.getOneOf()) {
			Schema schema = (Schema) alternative;
			boolean same = type != null && (type.equals(schema.getType())
					|| (schema.getTypes() != null && schema.getTypes().contains(type)));
			if (same) {
				schema.setMaxLength(property.getMaxLength());
				schema.setMinLength(property.getMinLength());
				schema.setPattern(property.getPattern());
			}
		}
		property.setType(null);
		property.setTypes(null);
		property.setMaxLength(null);
		property.setMinLength(null);
		property.setPattern(null);
	}

	private static Schema<?> nullSchema() {
		Schema<?> schema = new Schema<>();
		schema.addType("null");
		return schema;
	}

	/**
	 * Tags in the order a reader of the API meets them, schemas by name: the document
	 * reads the same each time.
	 */
	@Bean
	OpenApiCustomizer sortedTagsAndSchemas() {
		return (api) -> {
			if (api.getTags() != null) {
				List<String> order = List.of("Read", "Lookups", "Quote search", "Write", "Extraction", "Imports",
						"Open formats");
				List<Tag> tags = new ArrayList<>(api.getTags());
				tags.sort(Comparator.comparingInt((tag) -> {
					int at = order.indexOf(tag.getName());
					return (at < 0) ? order.size() : at;
				}));
				api.setTags(tags);
			}
			if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
				api.getComponents().setSchemas(new TreeMap<>(api.getComponents().getSchemas()));
			}
		};
	}

	private static RequestMethod method(HandlerMethod handler) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		return (mapping != null && mapping.method().length > 0) ? mapping.method()[0] : RequestMethod.GET;
	}

	/**
	 * Examples of the answers and the body, from the operation's example files: the
	 * operation's id, {@code .request} for its body, then the media type when it is not
	 * JSON ({@code getClaim.application-ld+json.json}).
	 */
	private static void examples(Operation operation) {
		String id = operation.getOperationId();
		if (operation.getResponses() != null) {
			operation.getResponses().forEach((status, response) -> {
				if (status.startsWith("2")) {
					examples(response.getContent(), id);
				}
			});
		}
		if (operation.getRequestBody() != null) {
			examples(operation.getRequestBody().getContent(), id + ".request");
		}
	}

	private static void examples(@Nullable Content content, String name) {
		if (content == null) {
			return;
		}
		content.forEach((type, media) -> {
			if (media.getExample() == null && media.getExamples() == null) {
				Object example = example(type.startsWith(org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
						? name : name + "." + type.replace('/', '-').replace(';', '-').replace(' ', '-'));
				if (example != null) {
					media.setExample(example);
				}
			}
		});
	}

	/**
	 * If-Match on changes and deletions; ETag and 304 on conditional reads; Location and
	 * ETag on what writes create or change.
	 */
	private static void conditions(Operation operation, HandlerMethod handler, RequestMethod method) {
		if (operation.getParameters() != null) {
			List<Parameter> parameters = new ArrayList<>();
			for (Parameter parameter : operation.getParameters()) {
				boolean ifMatch = "header".equals(parameter.getIn())
						&& "If-Match".equalsIgnoreCase(parameter.getName());
				parameters.add(ifMatch ? new Parameter().$ref("#/components/parameters/IfMatch") : parameter);
			}
			operation.setParameters(parameters);
		}
		ApiResponses responses = operation.getResponses();
		if (handler.hasMethodAnnotation(ConditionalRead.class)) {
			operation.addParametersItem(new Parameter().$ref("#/components/parameters/IfNoneMatch"));
			responses.forEach((status, response) -> {
				if (status.startsWith("2")) {
					response.addHeaderObject("ETag", new Header().$ref("#/components/headers/ETag"));
				}
			});
			responses.addApiResponse("304",
					new ApiResponse().description("Not Modified: If-None-Match names this very answer; no body")
						.addHeaderObject("ETag", new Header().$ref("#/components/headers/ETag")));
		}
		boolean versioned = handler.getBeanType() == WriteApiController.class;
		responses.forEach((status, response) -> {
			if (status.equals("201") || status.equals("202")) {
				response.addHeaderObject("Location", new Header().$ref("#/components/headers/Location"));
			}
			if (versioned && (status.equals("201") || (method == RequestMethod.PUT && status.startsWith("2")))) {
				response.addHeaderObject("ETag", new Header().$ref("#/components/headers/ETag"));
			}
		});
	}

	/** The problems the route answers, by rule and as {@link Problems} names them. */
	private static void problems(Operation operation, HandlerMethod handler) {
		Set<ProblemType> types = EnumSet.noneOf(ProblemType.class);
		List<Parameter> parameters = (operation.getParameters() != null) ? operation.getParameters() : List.of();
		if (parameters.stream().anyMatch((p) -> "query".equals(p.getIn()) || "path".equals(p.getIn()))) {
			types.add(ProblemType.BAD_PARAMETER);
		}
		if (parameters.stream().anyMatch((p) -> "path".equals(p.getIn()))) {
			types.add(ProblemType.NOT_FOUND);
		}
		if (operation.getRequestBody() != null) {
			types.add(ProblemType.INVALID_BODY);
		}
		if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
			types.add(ProblemType.UNAUTHORIZED);
			types.add(ProblemType.FORBIDDEN);
		}
		if (parameters.stream().anyMatch((p) -> "#/components/parameters/IfMatch".equals(p.get$ref()))) {
			types.add(ProblemType.PRECONDITION_FAILED);
			types.add(ProblemType.PRECONDITION_REQUIRED);
		}
		Problems named = handler.getMethodAnnotation(Problems.class);
		if (named != null) {
			types.addAll(List.of(named.value()));
		}
		Map<HttpStatus, List<ProblemType>> byStatus = types.stream()
			.collect(Collectors.groupingBy(ProblemType::status, TreeMap::new, Collectors.toList()));
		byStatus.forEach((status, problems) -> {
			MediaType media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"));
			for (ProblemType problem : problems) {
				media.addExamples(problem.exampleName(),
						new Example().$ref("#/components/examples/" + problem.exampleName()));
			}
			ApiResponse response = new ApiResponse()
				.description(status.getReasonPhrase() + ": "
						+ problems.stream().map(ProblemType::description).collect(Collectors.joining("; or ")))
				.content(new Content().addMediaType(PROBLEM_JSON, media));
			if (status == HttpStatus.UNAUTHORIZED) {
				response.addHeaderObject("WWW-Authenticate",
						new Header().$ref("#/components/headers/WWW-Authenticate"));
			}
			if (status == HttpStatus.TOO_MANY_REQUESTS) {
				response.addHeaderObject("Retry-After", new Header().$ref("#/components/headers/Retry-After"));
			}
			operation.getResponses().addApiResponse(Integer.toString(status.value()), response);
		});
	}

	private static Schema<?> problemSchema() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type",
				new StringSchema().format("uri")
					.description("Always about:blank: the status says what kind of problem it is")
					.example("about:blank"));
		properties.put("title", new StringSchema().description("The status's reason phrase").example("Bad Request"));
		properties.put("status", new IntegerSchema().description("The HTTP status").example(400));
		properties.put("detail",
				new StringSchema().description("What went wrong, in a sentence").example("There is no topic 'nope'"));
		properties.put("instance",
				new StringSchema().format("uri-reference")
					.description("The address asked for")
					.example("/api/v1/claims"));
		properties.put("parameter",
				new StringSchema()
					.description("The query or path parameter at fault (400 for a value the route does not take, or a "
							+ "filter that names nothing you may see)")
					.example("topic"));
		properties.put("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
			.description("The fields of the body at fault (400 for an invalid body, 422 for an unknown reference)"));
		properties.put("current",
				new ObjectSchema().description("The item as it is now, when If-Match named an older version (412)"));
		properties.put("existing", new StringSchema().description("The address of the item already there (409)")
			.example("/api/v1/articles/1"));
		properties.put("quotes", new ArraySchema().items(new StringSchema().example("/api/v1/quotes/5"))
			.description("The quotes said after an article's new date (400 naming published)"));
		Schema<?> problem = new ObjectSchema().description("""
				An RFC 9457 problem detail (application/problem+json), which every error of the API is, with the \
				extension members the API adds where they apply.""");
		problem.setProperties(properties);
		problem.setRequired(List.of("type", "title", "status", "detail"));
		return problem;
	}

	/** The example of that name, or null when there is none. */
	private static @Nullable Object example(String name) {
		ClassPathResource resource = new ClassPathResource(EXAMPLES + name + ".json");
		if (!resource.exists()) {
			return null;
		}
		try (InputStream in = resource.getInputStream()) {
			return JSON.readValue(in, Object.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Object readJson(String json) {
		return JSON.readValue(json, Object.class);
	}

}
