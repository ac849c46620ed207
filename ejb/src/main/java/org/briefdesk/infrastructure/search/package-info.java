/**
 * The Lucene index of the search module inside the server: the outbox (ChangeLog implements
 * ChangeOutbox), the single index updater that follows it, the rebuild batch job, and
 * LuceneArchiveSearch and LuceneIndexMaintenance, which implement the application's ArchiveSearch
 * and IndexMaintenance.
 */
package org.briefdesk.infrastructure.search;
