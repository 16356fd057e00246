package org.claimtracker.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read that answers an ETag (see {@link Versions}) and 304 to an If-None-Match that
 * names it: the OpenAPI document says so for the route.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface ConditionalRead {

}
