-- Roles enforced by the server (issue 19): every account is a PostgreSQL login that is a member of one of three
-- group roles, and row-level security decides what each session reads and writes, whatever the client asks.
--   clinician:     their own clients (those they created) and those assigned to them, with those clients' notes;
--   supervisor:    as a clinician, plus the clients of the clinicians they supervise (account.supervisor_id);
--   administrator: accounts, assignments and agency settings; no client record, note or psychotherapy note.
-- Psychotherapy notes are read and written by their author only, supervisors included.
-- The schema's owner bypasses row-level security (it runs migrations and verifies the whole audit trail).
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'casenotes_clinician') THEN
    CREATE ROLE casenotes_clinician NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'casenotes_supervisor') THEN
    CREATE ROLE casenotes_supervisor NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'casenotes_administrator') THEN
    CREATE ROLE casenotes_administrator NOLOGIN;
  END IF;
END $$;

-- Who may see which client; a client's creator is assigned by the trigger below.
CREATE TABLE client_assignment (client_id VARCHAR(64) NOT NULL REFERENCES client (id),
  user_id VARCHAR(200) NOT NULL REFERENCES account (user_id), PRIMARY KEY (client_id, user_id));
CREATE INDEX client_assignment_user ON client_assignment (user_id);

-- session_user, not current_user: inside these SECURITY DEFINER functions current_user is the schema's owner.
CREATE FUNCTION casenotes_sees_client(wanted VARCHAR) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM client_assignment a WHERE a.client_id = wanted
    AND (a.user_id = session_user
      OR a.user_id IN (SELECT s.user_id FROM account s WHERE s.supervisor_id = session_user
        AND pg_has_role(session_user, 'casenotes_supervisor', 'MEMBER'))))
$$;

CREATE FUNCTION casenotes_assign_creator() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM account WHERE user_id = session_user) THEN
    INSERT INTO client_assignment (client_id, user_id) VALUES (NEW.id, session_user) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER client_creator_assigned AFTER INSERT ON client FOR EACH ROW EXECUTE FUNCTION casenotes_assign_creator();

ALTER TABLE client ENABLE ROW LEVEL SECURITY;
ALTER TABLE note ENABLE ROW LEVEL SECURITY;
ALTER TABLE note_content ENABLE ROW LEVEL SECURITY;
ALTER TABLE unsigned_note ENABLE ROW LEVEL SECURITY;
ALTER TABLE psychotherapy_note ENABLE ROW LEVEL SECURITY;
ALTER TABLE draft_autosave ENABLE ROW LEVEL SECURITY;

-- A new client may be inserted by any clinician (the trigger assigns it to them); seen and changed when assigned.
CREATE POLICY client_insert ON client FOR INSERT TO casenotes_clinician, casenotes_supervisor WITH CHECK (true);
CREATE POLICY client_assigned ON client FOR SELECT TO casenotes_clinician, casenotes_supervisor
  USING (casenotes_sees_client(id));
CREATE POLICY client_update ON client FOR UPDATE TO casenotes_clinician, casenotes_supervisor
  USING (casenotes_sees_client(id)) WITH CHECK (casenotes_sees_client(id));
CREATE POLICY note_of_assigned ON note TO casenotes_clinician, casenotes_supervisor
  USING (casenotes_sees_client(client_id)) WITH CHECK (casenotes_sees_client(client_id));
CREATE POLICY unsigned_of_assigned ON unsigned_note TO casenotes_clinician, casenotes_supervisor
  USING (casenotes_sees_client(client_id)) WITH CHECK (casenotes_sees_client(client_id));
CREATE POLICY note_content_of_assigned ON note_content TO casenotes_clinician, casenotes_supervisor
  USING (EXISTS (SELECT 1 FROM note n WHERE n.id = note_content.id))
  WITH CHECK (EXISTS (SELECT 1 FROM note n WHERE n.id = note_content.id));
CREATE POLICY autosave_of_assigned ON draft_autosave TO casenotes_clinician, casenotes_supervisor
  USING (casenotes_sees_client(client_id)) WITH CHECK (casenotes_sees_client(client_id));
CREATE POLICY psychotherapy_note_of_author ON psychotherapy_note TO casenotes_clinician, casenotes_supervisor
  USING (author = session_user AND casenotes_sees_client(client_id))
  WITH CHECK (author = session_user AND casenotes_sees_client(client_id));

-- Clinicians and supervisors: records (rows as above), the audit log append-only (no UPDATE, no DELETE).
GRANT SELECT, INSERT, UPDATE ON client, note, note_content, psychotherapy_note TO casenotes_clinician,
  casenotes_supervisor;
GRANT SELECT, INSERT, UPDATE, DELETE ON unsigned_note, draft_autosave TO casenotes_clinician, casenotes_supervisor;
GRANT SELECT ON account, agency, schema_version TO casenotes_clinician, casenotes_supervisor;
-- Administrators: accounts, assignments and agency settings; none of the records' tables.
GRANT SELECT, INSERT, UPDATE ON account, agency TO casenotes_administrator;
GRANT SELECT, INSERT, DELETE ON client_assignment TO casenotes_administrator;
GRANT SELECT ON schema_version TO casenotes_administrator;
-- Everyone's sessions are audited: the log and its anchor, append-only.
GRANT SELECT, INSERT ON audit_event TO casenotes_clinician, casenotes_supervisor, casenotes_administrator;
GRANT SELECT, UPDATE ON audit_anchor TO casenotes_clinician, casenotes_supervisor, casenotes_administrator;
