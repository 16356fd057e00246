package org.claimtracker.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problems a route answers beyond those {@link OpenApiConfiguration} gives it by rule
 * (a bad parameter, a bad body, a missing item, a token refused, a stale If-Match): what
 * the OpenAPI document lists for it.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface Problems {

	ProblemType[] value();

}
