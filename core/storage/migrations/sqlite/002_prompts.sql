-- Prompt registry: folders, prompts, immutable content-addressed versions, movable labels and their history.
CREATE TABLE prompt_folders (
    path TEXT PRIMARY KEY CHECK (length(path) > 0),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE prompts (
    id INTEGER PRIMARY KEY,
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
    prompt_id INTEGER NOT NULL REFERENCES prompts (id),
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

-- Partials are resolved at the version of the other prompt that was latest when this version was saved.
CREATE TABLE prompt_partial_pins (
    prompt_id INTEGER NOT NULL,
    version INTEGER NOT NULL,
    partial_name TEXT NOT NULL,
    pinned_prompt_id INTEGER NOT NULL,
    pinned_version INTEGER NOT NULL,
    PRIMARY KEY (prompt_id, version, partial_name),
    FOREIGN KEY (prompt_id, version) REFERENCES prompt_versions (prompt_id, version),
    FOREIGN KEY (pinned_prompt_id, pinned_version) REFERENCES prompt_versions (prompt_id, version)
);

CREATE TABLE prompt_labels (
    prompt_id INTEGER NOT NULL REFERENCES prompts (id),
    label TEXT NOT NULL CHECK (label <> 'latest'),
    version INTEGER NOT NULL,
    moved_by TEXT NOT NULL,
    moved_at TEXT NOT NULL,
    PRIMARY KEY (prompt_id, label),
    FOREIGN KEY (prompt_id, version) REFERENCES prompt_versions (prompt_id, version)
);

CREATE TABLE prompt_label_history (
    id INTEGER PRIMARY KEY,
    prompt_id INTEGER NOT NULL REFERENCES prompts (id),
    label TEXT NOT NULL,
    from_version INTEGER,
    to_version INTEGER,
    moved_by TEXT NOT NULL,
    moved_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX prompt_label_history_prompt ON prompt_label_history (prompt_id, label);

CREATE TRIGGER prompt_versions_immutable_update BEFORE UPDATE ON prompt_versions
BEGIN
    SELECT RAISE(ABORT, 'prompt versions are immutable');
END;
CREATE TRIGGER prompt_versions_immutable_delete BEFORE DELETE ON prompt_versions
BEGIN
    SELECT RAISE(ABORT, 'prompt versions are immutable');
END;
CREATE TRIGGER prompt_label_history_append_only_update BEFORE UPDATE ON prompt_label_history
BEGIN
    SELECT RAISE(ABORT, 'label history is append-only');
END;
CREATE TRIGGER prompt_label_history_append_only_delete BEFORE DELETE ON prompt_label_history
BEGIN
    SELECT RAISE(ABORT, 'label history is append-only');
END;
