-- Foundation: workspace metadata, operators and their roles, the hash-chained audit log.
CREATE TABLE workspace_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE operators (
    name TEXT PRIMARY KEY CHECK (length(name) > 0),
    role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'analyst', 'approver', 'admin')),
    granted_by TEXT NOT NULL,
    granted_at TEXT NOT NULL
);

CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    at TEXT NOT NULL,
    operator TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    payload TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_log_action ON audit_log (action);
CREATE INDEX audit_log_operator ON audit_log (operator);
CREATE INDEX audit_log_entity ON audit_log (entity);

CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL
);

CREATE FUNCTION tailor_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;

CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION tailor_audit_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION tailor_audit_append_only();
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION tailor_audit_append_only();
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
    FOR EACH STATEMENT EXECUTE FUNCTION tailor_audit_append_only();

-- The head only moves forward, one entry at a time, onto an entry that exists.
CREATE FUNCTION tailor_audit_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.seq <> OLD.seq + 1
       OR NOT EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.seq AND hash = NEW.hash) THEN
        RAISE EXCEPTION 'the audit log head only moves forward';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION tailor_audit_head_forward_only();

-- Operators' roles change only through these functions, which check in the database that the caller
-- (session_user) is an admin: a client that bypasses Tailor with its own credentials cannot promote itself.
CREATE FUNCTION tailor_is_admin(who TEXT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM operators WHERE name = who AND role = 'admin');
$$;

CREATE FUNCTION tailor_set_operator_role(who TEXT, new_role TEXT) RETURNS TEXT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    previous TEXT;
BEGIN
    IF NOT tailor_is_admin(session_user) THEN
        RAISE EXCEPTION 'operator % is not an admin of this workspace', session_user USING ERRCODE = '42501';
    END IF;
    PERFORM 1 FROM operators WHERE role = 'admin' FOR UPDATE;
    SELECT role INTO previous FROM operators WHERE name = who;
    IF previous = 'admin' AND new_role <> 'admin'
       AND (SELECT count(*) FROM operators WHERE role = 'admin') <= 1 THEN
        RAISE EXCEPTION '% is the last admin of this workspace', who;
    END IF;
    INSERT INTO operators (name, role, granted_by, granted_at)
    VALUES (who, new_role, session_user, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
    ON CONFLICT (name) DO UPDATE
        SET role = EXCLUDED.role, granted_by = EXCLUDED.granted_by, granted_at = EXCLUDED.granted_at;
    RETURN coalesce(previous, 'viewer');
END;
$$;

CREATE FUNCTION tailor_remove_operator(who TEXT) RETURNS TEXT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    previous TEXT;
BEGIN
    IF NOT tailor_is_admin(session_user) THEN
        RAISE EXCEPTION 'operator % is not an admin of this workspace', session_user USING ERRCODE = '42501';
    END IF;
    PERFORM 1 FROM operators WHERE role = 'admin' FOR UPDATE;
    SELECT role INTO previous FROM operators WHERE name = who;
    IF previous IS NULL THEN
        RAISE EXCEPTION '% has no role in this workspace', who;
    END IF;
    IF previous = 'admin' AND (SELECT count(*) FROM operators WHERE role = 'admin') <= 1 THEN
        RAISE EXCEPTION '% is the last admin of this workspace', who;
    END IF;
    DELETE FROM operators WHERE name = who;
    RETURN previous;
END;
$$;

-- Every operator reads the workspace and appends to the audit log; nobody but the owner writes the rest.
GRANT SELECT ON workspace_meta, operators, audit_log, audit_head, schema_migrations TO PUBLIC;
GRANT INSERT ON audit_log TO PUBLIC;
GRANT INSERT, UPDATE ON audit_head TO PUBLIC;
