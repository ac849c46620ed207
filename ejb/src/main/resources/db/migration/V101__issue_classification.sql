-- 密级 and 份号 of an issue, printed at the top left and right of its first page where the office needs them.
alter table briefing_issue add column classification varchar(20);
alter table briefing_issue add column copy_number varchar(10);
