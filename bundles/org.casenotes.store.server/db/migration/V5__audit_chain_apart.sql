-- Concurrency without loss (issue 19, item 6).
--
-- 1. The audit log is appended without a lock held through each commit. Until V4 every write took one advisory
--    lock, read the chain's last entry, appended the next one and kept the lock until its commit had reached the
--    disk, so the commits of all clinicians were made one after another (10 sessions: p95 312 ms). Now a write
--    only inserts its entries into audit_record (ids from a sequence, no lock, so concurrent commits share one
--    flush), and a trigger queues each new entry in audit_unlinked. casenotes_chain_audit() then links the queued
--    entries, in the order of their ids, into the hash chain (audit_link: position, previous hash, hash computed
--    exactly as org.casenotes.store.internal.audit.AuditChain does) and records the chain's end in audit_anchor,
--    in a short transaction of its own that the store runs right after each write commits. One chaining links
--    everything queued, so most find little or nothing to do. audit_event becomes a view of the linked entries,
--    with the columns it had, so reading and verifying the log is unchanged.
-- 2. Append-only for everyone: no UPDATE or DELETE is granted on the log's tables, and triggers refuse UPDATE,
--    DELETE and TRUNCATE even to the schema's owner (who would first have to drop or disable them, which
--    verification then finds in the chain). Accounts no longer update the anchor: only the chaining does.
-- 3. A signed note can never be overwritten, whatever a client sends: the database refuses to take a note's status
--    back from SIGNED or COSIGNED, to change what a signed note's row says (client, template, author, date of
--    service), and to change a signed note's content in a transaction that does not record the new content's
--    digest in the audit log (an addendum, a review comment or a co-signature is such a recorded change; the store
--    checks what may change, the database that nothing changes unrecorded).

CREATE TABLE audit_record (id BIGINT PRIMARY KEY, at_millis BIGINT NOT NULL, actor VARCHAR(200) NOT NULL,
  action VARCHAR(32) NOT NULL, kind VARCHAR(32) NOT NULL, object_id VARCHAR(64) NOT NULL,
  detail VARCHAR(1000) NOT NULL, content_digest CHAR(64));
CREATE SEQUENCE audit_record_id OWNED BY audit_record.id;
ALTER TABLE audit_record ALTER COLUMN id SET DEFAULT nextval('audit_record_id');
CREATE INDEX audit_record_object ON audit_record (kind, object_id, id);

CREATE TABLE audit_link (seq BIGINT PRIMARY KEY, record_id BIGINT NOT NULL UNIQUE REFERENCES audit_record (id),
  previous_hash CHAR(64) NOT NULL, hash CHAR(64) NOT NULL);
CREATE TABLE audit_unlinked (record_id BIGINT PRIMARY KEY REFERENCES audit_record (id));

INSERT INTO audit_record (id, at_millis, actor, action, kind, object_id, detail, content_digest)
  SELECT seq, at_millis, actor, action, kind, object_id, detail, content_digest FROM audit_event;
INSERT INTO audit_link (seq, record_id, previous_hash, hash) SELECT seq, seq, previous_hash, hash FROM audit_event;
SELECT setval('audit_record_id', GREATEST((SELECT COALESCE(MAX(id), 0) FROM audit_record), 1),
  (SELECT COUNT(*) > 0 FROM audit_record));
DROP TABLE audit_event;

CREATE VIEW audit_event AS SELECT l.seq, r.at_millis, r.actor, r.action, r.kind, r.object_id, r.detail,
  r.content_digest, l.previous_hash, l.hash, r.id AS record_id
  FROM audit_link l JOIN audit_record r ON r.id = l.record_id;

CREATE FUNCTION casenotes_queue_audit_record() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public AS $$
BEGIN
  INSERT INTO audit_unlinked (record_id) VALUES (NEW.id);
  RETURN NULL;
END $$;
CREATE TRIGGER audit_record_queued AFTER INSERT ON audit_record FOR EACH ROW
  EXECUTE FUNCTION casenotes_queue_audit_record();

-- One field as AuditChain encodes it: its UTF-8 length (4 bytes, big-endian), then its UTF-8 bytes.
CREATE FUNCTION casenotes_audit_field(value TEXT) RETURNS BYTEA LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT int4send(octet_length(convert_to(value, 'UTF8'))) || convert_to(value, 'UTF8')
$$;

-- Links every queued entry into the chain; returns how many. The advisory lock is held only by this short
-- transaction (the number spells "CASENOTE", the lock V1-V4 held through every write).
CREATE FUNCTION casenotes_chain_audit() RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public AS $$
DECLARE
  head_seq BIGINT;
  head_hash TEXT;
  link_hash TEXT;
  entry RECORD;
  linked BIGINT := 0;
BEGIN
  PERFORM pg_advisory_xact_lock(4846246231159034949);
  SELECT l.seq, l.hash INTO head_seq, head_hash FROM audit_link l ORDER BY l.seq DESC LIMIT 1;
  IF head_seq IS NULL THEN
    head_seq := 0;
    head_hash := repeat('0', 64);
  END IF;
  FOR entry IN SELECT r.* FROM audit_unlinked u JOIN audit_record r ON r.id = u.record_id ORDER BY r.id LOOP
    head_seq := head_seq + 1;
    link_hash := encode(sha256(int8send(head_seq) || int8send(entry.at_millis)
      || casenotes_audit_field(entry.actor) || casenotes_audit_field(entry.action)
      || casenotes_audit_field(entry.kind) || casenotes_audit_field(entry.object_id)
      || casenotes_audit_field(entry.detail) || casenotes_audit_field(COALESCE(entry.content_digest, ''))
      || casenotes_audit_field(head_hash)), 'hex');
    INSERT INTO audit_link (seq, record_id, previous_hash, hash) VALUES (head_seq, entry.id, head_hash, link_hash);
    DELETE FROM audit_unlinked WHERE record_id = entry.id;
    head_hash := link_hash;
    linked := linked + 1;
  END LOOP;
  IF linked > 0 THEN
    UPDATE audit_anchor SET seq = head_seq, hash = head_hash WHERE id = 1;
  END IF;
  RETURN linked;
END $$;

CREATE FUNCTION casenotes_refuse_audit_change() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit log is append-only: % on % is refused.', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record FOR EACH ROW
  EXECUTE FUNCTION casenotes_refuse_audit_change();
CREATE TRIGGER audit_record_not_truncated BEFORE TRUNCATE ON audit_record FOR EACH STATEMENT
  EXECUTE FUNCTION casenotes_refuse_audit_change();
CREATE TRIGGER audit_link_append_only BEFORE UPDATE OR DELETE ON audit_link FOR EACH ROW
  EXECUTE FUNCTION casenotes_refuse_audit_change();
CREATE TRIGGER audit_link_not_truncated BEFORE TRUNCATE ON audit_link FOR EACH STATEMENT
  EXECUTE FUNCTION casenotes_refuse_audit_change();

REVOKE ALL ON audit_anchor FROM casenotes_clinician, casenotes_supervisor, casenotes_administrator;
GRANT SELECT ON audit_anchor TO casenotes_clinician, casenotes_supervisor, casenotes_administrator;
GRANT SELECT, INSERT ON audit_record TO casenotes_clinician, casenotes_supervisor, casenotes_administrator;
GRANT USAGE ON SEQUENCE audit_record_id TO casenotes_clinician, casenotes_supervisor, casenotes_administrator;
GRANT SELECT ON audit_link, audit_unlinked, audit_event TO casenotes_clinician, casenotes_supervisor,
  casenotes_administrator;
GRANT EXECUTE ON FUNCTION casenotes_chain_audit() TO casenotes_clinician, casenotes_supervisor,
  casenotes_administrator;

-- Signed notes.
CREATE FUNCTION casenotes_keep_signed_note() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status IN ('SIGNED', 'COSIGNED') THEN
    IF NEW.status NOT IN ('SIGNED', 'COSIGNED') THEN
      RAISE EXCEPTION 'Note % is signed and cannot return to %.', OLD.id, NEW.status
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NEW.id <> OLD.id OR NEW.client_id <> OLD.client_id OR NEW.template_id <> OLD.template_id
        OR NEW.template_version <> OLD.template_version OR NEW.author <> OLD.author
        OR NEW.service_date IS DISTINCT FROM OLD.service_date THEN
      RAISE EXCEPTION 'Note % is signed: what it records cannot change.', OLD.id
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER signed_note_kept BEFORE UPDATE ON note FOR EACH ROW EXECUTE FUNCTION casenotes_keep_signed_note();

-- Checked at commit, when the save's audit entry is in: the new content of a signed note must be the content an
-- audit entry of this transaction recorded.
CREATE FUNCTION casenotes_signed_content_recorded() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM note n WHERE n.id = NEW.id AND n.status IN ('SIGNED', 'COSIGNED'))
      AND NEW.content IS DISTINCT FROM OLD.content
      AND NOT EXISTS (SELECT 1 FROM audit_record r WHERE r.kind = 'NOTE' AND r.object_id = NEW.id
        AND r.content_digest = encode(sha256(NEW.content), 'hex') AND r.xmin::text::bigint = pg_current_xact_id()::text::bigint % 4294967296) THEN
    RAISE EXCEPTION 'Note % is signed: its content cannot be overwritten.', NEW.id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER signed_note_content_recorded AFTER UPDATE ON note_content DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION casenotes_signed_content_recorded();
REVOKE DELETE ON note, note_content FROM casenotes_clinician, casenotes_supervisor;
