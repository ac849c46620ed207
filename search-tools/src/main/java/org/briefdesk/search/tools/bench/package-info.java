/**
 * Search benchmarks run from the command line: indexing rate, search and similar-item latency,
 * duplicate detection figures, and relevance against a Lucene CJK-bigram baseline in the same run.
 * May use the whole search library and {@code corpus}.
 */
package org.briefdesk.search.tools.bench;
