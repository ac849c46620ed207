/**
 * The Lucene index of the search module inside the server: the outbox (ChangeLog implements
 * ChangeOutbox), the single index updater that follows it, the rebuild batch job, and
 * LuceneArchiveSearch and LuceneIndexMaintenance, which implement the application's ArchiveSearch
 * and IndexMaintenance, and the live dictionary: published from the database (LexiconTrigger),
 * previewed (LuceneLexiconAnalysis) and applied to the archive by the reanalyse-archive job
 * (LuceneArchiveReanalysis), which implement the lexicon use case's ports.
 */
package org.briefdesk.infrastructure.search;
