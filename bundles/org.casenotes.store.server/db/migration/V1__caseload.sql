-- The caseload's tables, as the embedded store keeps them (org.casenotes.store.internal.h2.Schema, format 3), so
-- both stores write them through the same RecordLedger. Differences: BYTEA for VARBINARY; names sorted by code
-- point (COLLATE "C") as the embedded engine sorts them, whatever the server's locale.
CREATE TABLE client (id VARCHAR(64) PRIMARY KEY, display_name VARCHAR(400) NOT NULL,
  sort_name VARCHAR(400) COLLATE "C" NOT NULL, search_text VARCHAR(4000) NOT NULL, status VARCHAR(32) NOT NULL,
  note_count INT DEFAULT 0 NOT NULL, last_service_date DATE, pronouns VARCHAR(100) DEFAULT '' NOT NULL,
  next_plan_review DATE, awaiting_intake_since DATE, updated_at BIGINT NOT NULL, content BYTEA NOT NULL);
CREATE INDEX client_sort ON client (sort_name);

CREATE TABLE note (id VARCHAR(64) PRIMARY KEY, client_id VARCHAR(64) NOT NULL REFERENCES client (id),
  template_id VARCHAR(200) NOT NULL, template_version VARCHAR(40) NOT NULL, status VARCHAR(32) NOT NULL,
  author VARCHAR(200) NOT NULL, service_date DATE, updated_at BIGINT NOT NULL);
CREATE TABLE note_content (id VARCHAR(64) PRIMARY KEY REFERENCES note (id), content BYTEA NOT NULL);
CREATE INDEX note_client ON note (client_id, service_date);
CREATE INDEX note_template ON note (template_id, template_version);
CREATE INDEX note_status ON note (status);
CREATE INDEX note_author ON note (author);
CREATE INDEX note_date ON note (service_date);
CREATE TABLE unsigned_note (note_id VARCHAR(64) PRIMARY KEY REFERENCES note (id),
  client_id VARCHAR(64) NOT NULL, service_date DATE);

CREATE TABLE psychotherapy_note (id VARCHAR(64) PRIMARY KEY, client_id VARCHAR(64) NOT NULL REFERENCES client (id),
  author VARCHAR(200) NOT NULL, updated_at BIGINT NOT NULL, content BYTEA NOT NULL);
CREATE INDEX psychotherapy_note_client ON psychotherapy_note (client_id);

CREATE TABLE draft_autosave (note_id VARCHAR(64) PRIMARY KEY, client_id VARCHAR(64) NOT NULL,
  saved_at BIGINT NOT NULL, content BYTEA NOT NULL);

CREATE TABLE audit_event (seq BIGINT PRIMARY KEY, at_millis BIGINT NOT NULL, actor VARCHAR(200) NOT NULL,
  action VARCHAR(32) NOT NULL, kind VARCHAR(32) NOT NULL, object_id VARCHAR(64) NOT NULL,
  detail VARCHAR(1000) NOT NULL, content_digest CHAR(64), previous_hash CHAR(64) NOT NULL, hash CHAR(64) NOT NULL);
CREATE INDEX audit_object ON audit_event (kind, object_id, seq);

-- The end of the audit log, recorded outside the log in the same transaction as every write, so that entries
-- cut from the end are reported by verification (the embedded store keeps this in its caseload header).
CREATE TABLE audit_anchor (id INT PRIMARY KEY CHECK (id = 1), seq BIGINT NOT NULL, hash CHAR(64) NOT NULL);
INSERT INTO audit_anchor (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The agency this server holds, and its accounts (user ids the store attributes audit entries to).
CREATE TABLE agency (id INT PRIMARY KEY CHECK (id = 1), name VARCHAR(400) NOT NULL, created_at BIGINT NOT NULL);
CREATE TABLE account (user_id VARCHAR(200) PRIMARY KEY, display_name VARCHAR(400) NOT NULL,
  role VARCHAR(32) NOT NULL CHECK (role IN ('clinician', 'supervisor', 'administrator')),
  supervisor_id VARCHAR(200) REFERENCES account (user_id), created_at BIGINT NOT NULL);
