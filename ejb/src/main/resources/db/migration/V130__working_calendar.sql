-- The office's working calendar (工作日历): statutory holidays (法定节假日) and the weekend days
-- worked instead (调休上班), as the State Council publishes them each year; administrators enter
-- them, and the rhythm's "first working day" follows them. Other days are Monday to Friday.
create table calendar_day (
    calendar_date date not null primary key,
    kind          varchar(20) not null,
    note          varchar(40),
    changed_by    varchar(30) not null,
    changed_at    timestamp with time zone not null,
    constraint ck_calendar_day_kind check (kind in ('HOLIDAY', 'WORKDAY'))
);
