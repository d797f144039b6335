-- notice module: test-result notices. A result has no colour of its own (the colour it causes is told as
-- its own status change), and its advice names when the sample was taken.
alter table notice alter column color drop not null;
alter table notice add constraint notice_color_of_kind check (kind = 'TEST_RESULT' or color is not null);
alter table notice add column sampled_at timestamptz;
