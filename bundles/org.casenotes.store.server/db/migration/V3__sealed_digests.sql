-- What verification of the audit trail reads: each sealed record's id and the SHA-256 of its content, for every
-- record, whoever verifies. These views run with their owner's rights (the schema's owner, to whom row-level
-- security does not apply), so a clinician or an administrator can check the whole trail without being able to
-- read a single record: they see ids (as the audit log shows them) and digests, never content.
CREATE VIEW sealed_client AS SELECT id, encode(sha256(content), 'hex') AS digest FROM client;
CREATE VIEW sealed_note AS SELECT id, encode(sha256(content), 'hex') AS digest FROM note_content;
CREATE VIEW sealed_psychotherapy_note AS SELECT id, encode(sha256(content), 'hex') AS digest FROM psychotherapy_note;
GRANT SELECT ON sealed_client, sealed_note, sealed_psychotherapy_note TO casenotes_clinician, casenotes_supervisor,
  casenotes_administrator;
