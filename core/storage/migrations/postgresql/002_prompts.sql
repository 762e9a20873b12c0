-- Prompt registry: folders, prompts, immutable content-addressed versions, movable labels and their history.
CREATE TABLE prompt_folders (
    path TEXT PRIMARY KEY CHECK (length(path) > 0),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE prompts (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    folder TEXT NOT NULL DEFAULT '',
    latest_version INTEGER NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX prompts_folder ON prompts (folder);

CREATE TABLE prompt_versions (
    prompt_id BIGINT NOT NULL REFERENCES prompts (id),
    version INTEGER NOT NULL CHECK (version > 0),
    sha256 TEXT NOT NULL,
    content TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    reverted_from INTEGER,
    PRIMARY KEY (prompt_id, version)
);
CREATE INDEX prompt_versions_sha256 ON prompt_versions (sha256);

CREATE TABLE prompt_partial_pins (
    prompt_id BIGINT NOT NULL,
    version INTEGER NOT NULL,
    partial_name TEXT NOT NULL,
    pinned_prompt_id BIGINT NOT NULL,
    pinned_version INTEGER NOT NULL,
    PRIMARY KEY (prompt_id, version, partial_name),
    FOREIGN KEY (prompt_id, version) REFERENCES prompt_versions (prompt_id, version),
    FOREIGN KEY (pinned_prompt_id, pinned_version) REFERENCES prompt_versions (prompt_id, version)
);

CREATE TABLE prompt_labels (
    prompt_id BIGINT NOT NULL REFERENCES prompts (id),
    label TEXT NOT NULL CHECK (label <> 'latest'),
    version INTEGER NOT NULL,
    moved_by TEXT NOT NULL,
    moved_at TEXT NOT NULL,
    PRIMARY KEY (prompt_id, label),
    FOREIGN KEY (prompt_id, version) REFERENCES prompt_versions (prompt_id, version)
);

CREATE TABLE prompt_label_history (
    id BIGSERIAL PRIMARY KEY,
    prompt_id BIGINT NOT NULL REFERENCES prompts (id),
    label TEXT NOT NULL,
    from_version INTEGER,
    to_version INTEGER,
    moved_by TEXT NOT NULL,
    moved_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX prompt_label_history_prompt ON prompt_label_history (prompt_id, label);

CREATE FUNCTION tailor_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is immutable', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER prompt_versions_immutable BEFORE UPDATE OR DELETE ON prompt_versions
    FOR EACH ROW EXECUTE FUNCTION tailor_immutable();
CREATE TRIGGER prompt_versions_no_truncate BEFORE TRUNCATE ON prompt_versions
    FOR EACH STATEMENT EXECUTE FUNCTION tailor_immutable();
CREATE TRIGGER prompt_label_history_immutable BEFORE UPDATE OR DELETE ON prompt_label_history
    FOR EACH ROW EXECUTE FUNCTION tailor_immutable();

-- Protected labels move only for admins (until releases take this over), whatever client writes the row.
CREATE FUNCTION tailor_protect_labels() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF (TG_OP = 'DELETE' AND OLD.label IN ('production', 'staging'))
       OR (TG_OP <> 'DELETE' AND NEW.label IN ('production', 'staging'))
       OR (TG_OP = 'UPDATE' AND OLD.label IN ('production', 'staging')) THEN
        IF NOT tailor_is_admin(session_user) THEN
            RAISE EXCEPTION 'label % is protected: only an approved release or an admin moves it',
                COALESCE(NEW.label, OLD.label) USING ERRCODE = '42501';
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER prompt_labels_protected BEFORE INSERT OR UPDATE OR DELETE ON prompt_labels
    FOR EACH ROW EXECUTE FUNCTION tailor_protect_labels();

GRANT SELECT ON prompt_folders, prompts, prompt_versions, prompt_partial_pins, prompt_labels,
    prompt_label_history TO PUBLIC;
GRANT INSERT ON prompt_folders, prompts, prompt_versions, prompt_partial_pins, prompt_label_history TO PUBLIC;
GRANT UPDATE (folder, latest_version, updated_by, updated_at) ON prompts TO PUBLIC;
GRANT INSERT, UPDATE, DELETE ON prompt_labels TO PUBLIC;
GRANT USAGE ON SEQUENCE prompts_id_seq, prompt_label_history_id_seq TO PUBLIC;
