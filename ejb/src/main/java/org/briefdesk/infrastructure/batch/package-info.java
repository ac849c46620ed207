/**
 * The archive import as a Jakarta Batch job (META-INF/batch-jobs/archive-import.xml): readers of a
 * JSONL file and of a folder or zip of documents, the processor that maps units, dates and columns,
 * the writer that stores each chunk of items with their import keys, outbox rows and report in one
 * transaction, and the step that waits for the index and counts duplicates. Implements the
 * application's ImportJobs and ImportSources; uses the domain, the ports ChangeOutbox,
 * DocumentReader and IndexMaintenance, and Settings.
 */
package org.briefdesk.infrastructure.batch;
