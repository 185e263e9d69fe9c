package org.csptransition.platform.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation (or every operation of a resource) that works on many objects at once, such as a capability review
 * over every partner: it counts against the tenant's {@code bulk} rate limit instead of its reads or writes
 * ({@link RateLimitFilter}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Bulk {
}
