package org.briefdesk.domain.model.archive;

/**
 * Where a record is in its source: its number from 1 (line of a JSONL file, file of a folder) and
 * how a person finds it there (第12行, or a file's path inside the zip).
 */
public record SourcePlace(long position, String ref) {}
