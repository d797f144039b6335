-- audit module: a note an official adds to a reason code (issue 12, item 8), stored encrypted
-- (AES-GCM, like other personal data) because people type names and ID numbers into notes. The
-- reason itself stays a code from a fixed list.

alter table audit_event add column note_cipher bytea;
