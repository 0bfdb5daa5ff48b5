-- The caseload dashboard's index columns (the embedded store's format 4): the day of each client's latest measure
-- result, and each unsigned note's status (submitted for co-signature, returned for revision, draft). Existing rows
-- are filled by the store when their client or note is next saved; a note's status is copied here now.
ALTER TABLE client ADD COLUMN last_measure_on DATE;
ALTER TABLE unsigned_note ADD COLUMN status VARCHAR(32) DEFAULT 'DRAFT' NOT NULL;
UPDATE unsigned_note u SET status = n.status FROM note n WHERE n.id = u.note_id;
