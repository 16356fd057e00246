package org.claimtracker.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the housekeeping that features schedule, such as deleting rate limits' buckets
 * that are full again and sign-in failures long forgotten.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {

}
