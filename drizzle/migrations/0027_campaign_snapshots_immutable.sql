-- A finished delivery pack is evidence (issue #14): whoever holds its PDF checks it against the hash the
-- platform lists. So once a snapshot is finished its counts, hash, PDF, languages, campaign and dates
-- never change, it never goes back to another status, and it cannot be deleted, whoever asks (the app,
-- a script, a cascade from its campaign). Rows not yet finished (queued, running, failed) hold no hash
-- and stay free to change.
CREATE FUNCTION campaign_snapshots_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status = 'finished' THEN
      RAISE EXCEPTION 'campaign snapshot % is finished and cannot be deleted', OLD.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'finished' AND (
       NEW.status IS DISTINCT FROM OLD.status
    OR NEW.counts IS DISTINCT FROM OLD.counts
    OR NEW.sha256 IS DISTINCT FROM OLD.sha256
    OR NEW.pdf IS DISTINCT FROM OLD.pdf
    OR NEW.pdf_bytes IS DISTINCT FROM OLD.pdf_bytes
    OR NEW.languages IS DISTINCT FROM OLD.languages
    OR NEW.campaign_id IS DISTINCT FROM OLD.campaign_id
    OR NEW.created_at IS DISTINCT FROM OLD.created_at
    OR NEW.finished_at IS DISTINCT FROM OLD.finished_at
    OR NEW.id IS DISTINCT FROM OLD.id) THEN
    RAISE EXCEPTION 'campaign snapshot % is finished: its counts, hash and PDF cannot change', OLD.id USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER campaign_snapshots_immutable
  BEFORE UPDATE OR DELETE ON campaign_snapshots
  FOR EACH ROW EXECUTE FUNCTION campaign_snapshots_refuse_change();--> statement-breakpoint
-- A PDF is compressed already: stored out of line without trying to compress it again.
ALTER TABLE campaign_snapshots ALTER COLUMN pdf SET STORAGE EXTERNAL;
