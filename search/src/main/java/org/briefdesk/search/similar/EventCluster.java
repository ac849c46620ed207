package org.briefdesk.search.similar;

import java.util.List;

/**
 * Items of a batch that report one event (linked by DUPLICATE or SAME_EVENT), in input order.
 * {@code duplicateGroups} lists the sets of items that are copies of each other within it.
 */
public record EventCluster(List<String> ids, List<List<String>> duplicateGroups) {}
