-- The six default columns of V1 have ids 1-6, but column_seq was restarted at 11; Hibernate's pooled
-- optimizer reads a sequence value as the top of a block of 10, so the first column added through the
-- application would have got id 2. Nothing ever added a column before columns could be managed, so the
-- sequence can start clear of the default rows.
alter sequence column_seq restart with 21;
