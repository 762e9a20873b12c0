-- User profiles: the item catalog and its categories, users with their attributes (PII marked), the
-- interaction log, the profiles derived from it (counts, activity, interests) and saved filters (segments).
-- Interactions carry no foreign keys on purpose: bulk imports resolve every id in memory first, and a
-- per-row parent lookup would double the cost of importing tens of millions of rows.
CREATE TABLE profile_event_kinds (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0)
);
INSERT INTO profile_event_kinds (id, name) VALUES (1, 'rating'), (2, 'view'), (3, 'click'), (4, 'purchase');

CREATE TABLE profile_categories (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0)
);

CREATE TABLE profile_items (
    id INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    attributes TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE profile_item_categories (
    item_id INTEGER NOT NULL REFERENCES profile_items (id),
    category_id INTEGER NOT NULL REFERENCES profile_categories (id),
    PRIMARY KEY (item_id, category_id)
) WITHOUT ROWID;

-- One row per user: identity, consent (-1 unknown, 0 refused, 1 granted) and the derived profile.
CREATE TABLE profile_users (
    id INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE,
    id_number INTEGER,
    consent INTEGER NOT NULL DEFAULT -1 CHECK (consent IN (-1, 0, 1)),
    search_text TEXT NOT NULL DEFAULT '',
    interaction_count INTEGER NOT NULL DEFAULT 0,
    kind_counts TEXT NOT NULL DEFAULT '{}',
    first_at INTEGER NOT NULL DEFAULT 0,
    last_at INTEGER NOT NULL DEFAULT 0,
    top_category TEXT NOT NULL DEFAULT '',
    top_strength REAL NOT NULL DEFAULT 0,
    recent_items TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX profile_users_id_number ON profile_users (id_number, external_id);
CREATE INDEX profile_users_interactions ON profile_users (interaction_count);
CREATE INDEX profile_users_first ON profile_users (first_at);
CREATE INDEX profile_users_last ON profile_users (last_at);
CREATE INDEX profile_users_top ON profile_users (top_category, top_strength);
CREATE INDEX profile_users_consent ON profile_users (consent);

-- Substring search over ids and non-PII attribute values (trigram index; profile_users holds the text).
CREATE VIRTUAL TABLE profile_users_search USING fts5 (
    search_text, content = 'profile_users', content_rowid = 'id', tokenize = 'trigram', detail = 'none'
);

CREATE TABLE profile_user_attributes (
    user_id INTEGER NOT NULL REFERENCES profile_users (id),
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    pii INTEGER NOT NULL DEFAULT 0 CHECK (pii IN (0, 1)),
    PRIMARY KEY (user_id, key)
) WITHOUT ROWID;
CREATE INDEX profile_user_attributes_value ON profile_user_attributes (key, value);

-- A row is the same interaction when user, timestamp (epoch seconds), item and kind match.
CREATE TABLE profile_interactions (
    user_id INTEGER NOT NULL,
    at INTEGER NOT NULL,
    item_id INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY (user_id, at, item_id, kind)
) WITHOUT ROWID;

CREATE TABLE profile_interests (
    user_id INTEGER NOT NULL,
    category_id INTEGER NOT NULL,
    strength REAL NOT NULL CHECK (strength >= 0 AND strength <= 1),
    interactions INTEGER NOT NULL,
    PRIMARY KEY (user_id, category_id)
) WITHOUT ROWID;
CREATE INDEX profile_interests_category ON profile_interests (category_id, strength);

CREATE TABLE profile_segments (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    description TEXT NOT NULL DEFAULT '',
    filter TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    size_at TEXT NOT NULL
);
