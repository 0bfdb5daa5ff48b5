-- Supervision between two people, and templates published once for the whole agency (issue 19, items 4 and 5).
--
-- 1. Only the assigned supervisor reviews: a note's author's account names its supervisor (account.supervisor_id);
--    the database refuses, whatever a client sends, to return a submitted note or to co-sign a signed one in a
--    session that is not that supervisor's. Any other change of a signed note (an addendum) is made by its author
--    or their supervisor only: a colleague who shares the client may read the note but not add to it. A note is
--    inserted only by the account it names as author, and never already returned or co-signed. The store
--    requires the addendum's reason; the database requires who may give one. Sessions of logins that are not
--    accounts (the schema's owner running migrations or checks) are not clinical work and are left alone.
-- 2. published_template: each published version of an agency template, once, never changed (like the designer's
--    published shelf on a workbench). Administrators publish (INSERT only); every clinician and supervisor reads
--    them, so a version published once is offered to every clinician's new-note wizard.

CREATE FUNCTION casenotes_supervises(author VARCHAR) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public AS $$
  SELECT pg_has_role(session_user, 'casenotes_supervisor', 'MEMBER')
    AND EXISTS (SELECT 1 FROM account a WHERE a.user_id = author AND a.supervisor_id = session_user)
$$;

CREATE FUNCTION casenotes_is_account() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM account WHERE user_id = session_user)
$$;

CREATE FUNCTION casenotes_review_by_supervisor() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF NOT casenotes_is_account() THEN
    RETURN NEW;
  END IF;
  IF NEW.status = 'COSIGNED' AND OLD.status <> 'COSIGNED' AND NOT casenotes_supervises(OLD.author) THEN
    RAISE EXCEPTION 'only % (the supervisor of %) may co-sign note %', COALESCE((SELECT supervisor_id FROM account
      WHERE user_id = OLD.author), 'the assigned supervisor'), OLD.author, OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.status = 'RETURNED' AND OLD.status = 'SUBMITTED' AND NOT casenotes_supervises(OLD.author) THEN
    RAISE EXCEPTION 'only % (the supervisor of %) may return note %', COALESCE((SELECT supervisor_id FROM account
      WHERE user_id = OLD.author), 'the assigned supervisor'), OLD.author, OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.status IN ('SIGNED', 'COSIGNED') AND session_user <> OLD.author AND NOT casenotes_supervises(OLD.author)
      AND NEW IS DISTINCT FROM OLD THEN
    RAISE EXCEPTION 'only the author of note % or their supervisor may add to it once signed', OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER note_reviewed_by_supervisor BEFORE UPDATE ON note FOR EACH ROW
  EXECUTE FUNCTION casenotes_review_by_supervisor();

-- A note is saved first by its author (the account the note names), and never arrives returned or co-signed: those
-- states are reached only through the supervisor's update above, so nobody can forge another's note or a review.
CREATE FUNCTION casenotes_note_created_by_author() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF NOT casenotes_is_account() THEN
    RETURN NEW;
  END IF;
  IF NEW.author <> session_user THEN
    RAISE EXCEPTION 'note % names % as its author: a note is saved first by its author', NEW.id, NEW.author
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.status IN ('RETURNED', 'COSIGNED') THEN
    RAISE EXCEPTION 'note % cannot be saved % the first time: only its author''s supervisor returns or co-signs it',
      NEW.id, lower(NEW.status) USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER note_created_by_author BEFORE INSERT ON note FOR EACH ROW
  EXECUTE FUNCTION casenotes_note_created_by_author();

CREATE FUNCTION casenotes_signed_content_by_author_or_supervisor() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  written RECORD;
BEGIN
  IF NOT casenotes_is_account() OR NEW.content IS NOT DISTINCT FROM OLD.content THEN
    RETURN NEW;
  END IF;
  SELECT n.author, n.status INTO written FROM note n WHERE n.id = NEW.id;
  IF written.status IN ('SIGNED', 'COSIGNED') AND session_user <> written.author
      AND NOT casenotes_supervises(written.author) THEN
    RAISE EXCEPTION 'only the author of note % or their supervisor may add to it once signed', NEW.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER signed_content_by_author_or_supervisor BEFORE UPDATE ON note_content FOR EACH ROW
  EXECUTE FUNCTION casenotes_signed_content_by_author_or_supervisor();

CREATE TABLE published_template (template_id VARCHAR(200) NOT NULL, version INT NOT NULL CHECK (version > 0),
  title VARCHAR(400) NOT NULL, source TEXT NOT NULL, published_by VARCHAR(200) NOT NULL DEFAULT session_user,
  published_at BIGINT NOT NULL, PRIMARY KEY (template_id, version));

CREATE FUNCTION casenotes_published_template_kept() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'A published template version never changes: % on published_template is refused.', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER published_template_kept BEFORE UPDATE OR DELETE ON published_template FOR EACH ROW
  EXECUTE FUNCTION casenotes_published_template_kept();

ALTER TABLE published_template ENABLE ROW LEVEL SECURITY;
CREATE POLICY published_template_read ON published_template FOR SELECT
  TO casenotes_clinician, casenotes_supervisor, casenotes_administrator USING (true);
CREATE POLICY published_template_by_publisher ON published_template FOR INSERT TO casenotes_administrator
  WITH CHECK (published_by = session_user);
GRANT SELECT ON published_template TO casenotes_clinician, casenotes_supervisor, casenotes_administrator;
GRANT INSERT ON published_template TO casenotes_administrator;
