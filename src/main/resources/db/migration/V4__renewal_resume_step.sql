-- Where a renewal goes on when staff retry it, and the answer already decided (Y or N, with its note), so that a
-- retry resumes at the step that failed instead of asking again.
alter table renewal add column resume_step varchar(32);
alter table renewal add column outcome varchar(1);
alter table renewal add column outcome_note varchar(2000);
