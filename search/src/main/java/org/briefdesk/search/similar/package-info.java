/**
 * Duplicate and same-event detection: similarity features (MinHash, term vector, entities) of an
 * item, the candidates' lookup in the index, the evidence and its classification, event clusters.
 * Uses {@code analysis} and {@code document}; never the facade at the package root or {@code query}.
 */
package org.briefdesk.search.similar;
