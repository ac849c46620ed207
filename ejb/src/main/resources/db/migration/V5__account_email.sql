-- An optional e-mail address per account: solicitation deadline reminders are mailed to officers
-- who have one, when the deployment enables mail (BRIEFDESK_MAIL_ENABLED=true).
alter table account add column email varchar(120);
