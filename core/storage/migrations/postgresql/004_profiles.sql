-- User profiles: the item catalog and its categories, users with their attributes (PII marked), the
-- interaction log, the profiles derived from it (counts, activity, interests) and saved filters (segments).
-- Interactions carry no foreign keys on purpose: bulk imports resolve every id in memory first, and a
-- per-row parent lookup would double the cost of importing tens of millions of rows.
CREATE TABLE profile_event_kinds (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0)
);
INSERT INTO profile_event_kinds (id, name) VALUES (1, 'rating'), (2, 'view'), (3, 'click'), (4, 'purchase');
SELECT setval(pg_get_serial_sequence('profile_event_kinds', 'id'), 4);

CREATE TABLE profile_categories (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0)
);

CREATE TABLE profile_items (
    id BIGSERIAL PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    attributes TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE profile_item_categories (
    item_id BIGINT NOT NULL REFERENCES profile_items (id),
    category_id BIGINT NOT NULL REFERENCES profile_categories (id),
    PRIMARY KEY (item_id, category_id)
);

-- One row per user: identity, consent (-1 unknown, 0 refused, 1 granted) and the derived profile.
CREATE TABLE profile_users (
    id BIGSERIAL PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE,
    id_number BIGINT,
    consent INTEGER NOT NULL DEFAULT -1 CHECK (consent IN (-1, 0, 1)),
    search_text TEXT NOT NULL DEFAULT '',
    interaction_count BIGINT NOT NULL DEFAULT 0,
    kind_counts TEXT NOT NULL DEFAULT '{}',
    first_at BIGINT NOT NULL DEFAULT 0,
    last_at BIGINT NOT NULL DEFAULT 0,
    top_category TEXT NOT NULL DEFAULT '',
    top_strength DOUBLE PRECISION NOT NULL DEFAULT 0,
    recent_items TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX profile_users_id_number ON profile_users (id_number, external_id, id);
CREATE INDEX profile_users_interactions ON profile_users (interaction_count, id);
CREATE INDEX profile_users_first ON profile_users (first_at, id);
CREATE INDEX profile_users_last ON profile_users (last_at, id);
CREATE INDEX profile_users_top ON profile_users (top_category, top_strength, id);
CREATE INDEX profile_users_consent ON profile_users (consent, id);

CREATE TABLE profile_user_attributes (
    user_id BIGINT NOT NULL REFERENCES profile_users (id),
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    pii INTEGER NOT NULL DEFAULT 0 CHECK (pii IN (0, 1)),
    PRIMARY KEY (user_id, key)
);
CREATE INDEX profile_user_attributes_value ON profile_user_attributes (key, value);

-- A row is the same interaction when user, timestamp (epoch seconds), item and kind match.
CREATE TABLE profile_interactions (
    user_id BIGINT NOT NULL,
    at BIGINT NOT NULL,
    item_id BIGINT NOT NULL,
    kind INTEGER NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (user_id, at, item_id, kind)
);

CREATE TABLE profile_interests (
    user_id BIGINT NOT NULL,
    category_id BIGINT NOT NULL,
    strength DOUBLE PRECISION NOT NULL CHECK (strength >= 0 AND strength <= 1),
    interactions BIGINT NOT NULL,
    PRIMARY KEY (user_id, category_id)
);
CREATE INDEX profile_interests_category ON profile_interests (category_id, strength, user_id);

CREATE TABLE profile_segments (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    description TEXT NOT NULL DEFAULT '',
    filter TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    size BIGINT NOT NULL DEFAULT 0,
    size_at TEXT NOT NULL
);

-- Importing needs the analyst role, checked by Tailor; the tables themselves are shared by the workspace's
-- operators like the prompt tables.
GRANT SELECT ON profile_event_kinds, profile_categories, profile_items, profile_item_categories, profile_users,
    profile_user_attributes, profile_interactions, profile_interests, profile_segments TO PUBLIC;
GRANT INSERT, UPDATE ON profile_event_kinds, profile_categories, profile_items, profile_users TO PUBLIC;
GRANT INSERT, UPDATE, DELETE ON profile_item_categories, profile_user_attributes, profile_interactions,
    profile_interests, profile_segments TO PUBLIC;
GRANT USAGE ON SEQUENCE profile_event_kinds_id_seq, profile_categories_id_seq, profile_items_id_seq,
    profile_users_id_seq, profile_segments_id_seq TO PUBLIC;
