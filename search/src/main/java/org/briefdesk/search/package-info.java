/**
 * The search library's facade: {@link org.briefdesk.search.ItemIndex} (one index of items with its
 * writer, near-real-time searchers, change protocol, rebuild and similar-item lookup), its
 * {@link org.briefdesk.search.IndexConfig} and {@link org.briefdesk.search.RebuildListener}, and the
 * package-private assembly of Lucene documents and bulk loading. The only package that may use all
 * the others ({@code analysis}, {@code document}, {@code query}, {@code similar}); none of them
 * uses it.
 */
package org.briefdesk.search;
