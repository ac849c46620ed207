/**
 * The search library's facade: {@link org.briefdesk.search.ItemIndex} (one index of items with its
 * writer, near-real-time searchers, change protocol, rebuild and similar-item lookup), its
 * {@link org.briefdesk.search.IndexConfig} and {@link org.briefdesk.search.RebuildListener}, and the
 * package-private collaborators behind the facade: the writer and its commit protocol
 * ({@code IndexCommits}), bulk import and rebuild ({@code BulkRebuild}), the near-real-time searchers
 * ({@code SearcherLifecycle}), the assembly of Lucene documents and bulk loading. The only package
 * that may use all the others ({@code analysis}, {@code document}, {@code query}, {@code similar});
 * none of them uses it.
 */
package org.briefdesk.search;
