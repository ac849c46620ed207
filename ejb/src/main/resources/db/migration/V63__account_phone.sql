-- An officer's telephone (联系电话), imported with the unit network's spreadsheet. H2 and PostgreSQL.
alter table account add column phone varchar(30);
