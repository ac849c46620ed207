/**
 * Chinese text analysis for Lucene: character folding, the HanLP tokenizer with the local lexicon
 * (unit names, local terms, synonym groups), the index-only sub-word filter, the analyzer that
 * chains them, and segmentation caches. Uses Lucene's analysis API and HanLP only; knows nothing of
 * fields, documents or queries.
 */
package org.briefdesk.search.analysis;
