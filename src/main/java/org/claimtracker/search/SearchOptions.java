package org.claimtracker.search;

import java.util.List;

/**
 * The choices the search form offers: parties, topics and outlets that readers can see,
 * and the newsroom's ratings (its scale, then "Not rated").
 */
public record SearchOptions(List<String> parties, List<Facet> topics, List<String> outlets, List<String> ratings) {

}
