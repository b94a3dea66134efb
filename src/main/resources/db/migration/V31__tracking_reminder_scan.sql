-- Tracking reminders come from a daily scan of the cases instead of one timer job per open case:
-- the day of the last reminder is kept here so each case is reminded once per period, whichever
-- server runs the scan.
alter table dropout_case add column last_reminded_on date;
create index ix_dropout_case_tracking on dropout_case (closed_at, last_tracked_on);
