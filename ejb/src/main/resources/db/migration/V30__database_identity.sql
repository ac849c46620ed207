-- Which database the outbox belongs to. The search index records the id it was built from and is
-- rebuilt when it meets another database (a switch from H2 to PostgreSQL under the same data
-- directory); the id is generated once, by the application on its first start after this migration.
alter table change_counter add column database_id varchar(36);
