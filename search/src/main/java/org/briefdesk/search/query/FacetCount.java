package org.briefdesk.search.query;

/** A facet value and the number of matching items that have it. */
public record FacetCount(String value, int count) {}
