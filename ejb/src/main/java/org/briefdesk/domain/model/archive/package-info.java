/**
 * Archive import (档案导入): an import run of one source (a JSONL file, a folder or zip of documents,
 * past briefing issues), each source record's outcome, and the import key that lets no record be
 * imported twice. Uses domain.shared only; items are referred to by id.
 */
package org.briefdesk.domain.model.archive;
