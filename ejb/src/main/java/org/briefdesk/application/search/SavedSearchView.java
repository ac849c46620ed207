package org.briefdesk.application.search;

import java.io.Serializable;

/** A saved search as the page shows it: its name and the query string that reopens it. */
public record SavedSearchView(long id, String name, String query) implements Serializable {}
