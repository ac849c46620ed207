/**
 * Archive import (档案导入) for administrators: starting, stopping and restarting the import job of
 * a JSONL file or a folder or zip of documents, its progress and its per-record report, through the
 * ports ImportJobs (the batch runtime) and ImportSources (where the server keeps the sources); and
 * past briefing issues (往期简报), imported as published issues whose entries are the imported items.
 * Uses the domain (archive, item, briefing, column), the access use case and the scoring use case
 * (the adoptions of past issues).
 */
package org.briefdesk.application.importing;
