-- An import's status and report list the unit names that matched no unit (reason UNKNOWN_UNIT) of
-- its run: without this index that query scanned every record of the run on each status poll.
create index ix_import_record_run_reason on import_record (run_id, reason_code);
