-- account module: staff accounts may also be samplers, labs and vaccinators (account.Role). Every
-- staff role is listed, so this holds whichever migration touching the check ran last.
alter table staff_account drop constraint if exists staff_account_role_check;
alter table staff_account add constraint staff_account_role_check
    check (role in ('OFFICIAL', 'ADMIN', 'SAMPLER', 'LAB', 'VACCINATOR'));
