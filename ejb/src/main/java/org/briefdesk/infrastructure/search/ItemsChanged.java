package org.briefdesk.infrastructure.search;

/** CDI event: a transaction wrote outbox rows; after it commits the index updater catches up. */
public record ItemsChanged() {}
