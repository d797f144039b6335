-- companion module: a companion entry no longer names the person. The name the resident typed for
-- their companion lives on the companion row (encrypted); the person's own name is what they
-- registered themselves (or what staff entered). A person who has their own account becomes a
-- companion only after accepting the link from that account (link_state PENDING -> ACCEPTED or
-- DECLINED); people without an account are companions at once (NONE). Removing a companion keeps the
-- row (removed_at) for as long as the entries made with it are kept, so past entries keep the name
-- they were made under, then it is deleted.
alter table companion add column name_cipher bytea;
alter table companion add column link_state varchar(16) not null default 'NONE';
alter table companion add column decided_at timestamptz;
alter table companion add column removed_at timestamptz;

-- the names typed so far were stored on the person: each existing entry keeps the one it was made with
update companion c set name_cipher = p.name_cipher from person p where p.id = c.person_id;

-- existing entries of people who have their own account were never confirmed by them: they must be now
update companion c set link_state = 'PENDING' from person p where p.id = c.person_id and p.account_id is not null;

create index companion_removed on companion (removed_at) where removed_at is not null;
