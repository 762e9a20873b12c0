-- Who changed a user's consent, from what to what, and when; and who wrote each cached LLM answer (an
-- operator replaces only entries of their own). The twin of PostgreSQL's 007, whose privileges SQLite has
-- no use for: whoever can write the file can change anything in it.
CREATE TABLE profile_consent_log (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES profile_users (id),
    from_consent INTEGER NOT NULL CHECK (from_consent IN (-1, 0, 1)),
    to_consent INTEGER NOT NULL CHECK (to_consent IN (-1, 0, 1)),
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE INDEX profile_consent_log_user ON profile_consent_log (user_id, id);
CREATE TRIGGER profile_consent_log_no_update BEFORE UPDATE ON profile_consent_log
BEGIN
    SELECT RAISE(ABORT, 'profile_consent_log is immutable');
END;
CREATE TRIGGER profile_consent_log_no_delete BEFORE DELETE ON profile_consent_log
BEGIN
    SELECT RAISE(ABORT, 'profile_consent_log is immutable');
END;

ALTER TABLE llm_response_cache ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
