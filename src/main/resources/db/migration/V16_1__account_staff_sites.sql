-- account module: samplers, labs and vaccinators work for a site (sampling point, laboratory,
-- vaccination point) named by an administrator; staff of the same site share its tubes and records.
alter table staff_account drop constraint staff_account_role_check;
alter table staff_account add constraint staff_account_role_check
    check (role in ('OFFICIAL', 'ADMIN', 'SAMPLER', 'LAB', 'VACCINATOR'));

create table staff_site (
    id            bigint generated always as identity primary key,
    name          varchar(60) not null,
    division_code char(6)     not null check (division_code ~ '^[0-9]{6}$'),
    created_at    timestamptz not null,
    unique (division_code, name)
);

alter table staff_account add column site_id bigint references staff_site (id);
-- a site's staff and only they have one
alter table staff_account add constraint staff_account_site_check
    check ((site_id is not null) = (role in ('SAMPLER', 'LAB', 'VACCINATOR')));
