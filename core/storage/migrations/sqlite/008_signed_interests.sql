-- Interests are signed: a rating below the user's own baseline now counts as a dislike (a negative strength
-- down to −1) instead of a weaker like. SQLite cannot change a CHECK in place, so the table is rebuilt; the
-- rows are then recomputed with the new formula by the migration's C++ step (Workspace), in this same
-- transaction, and audited as a 'profiles.recompute'.
CREATE TABLE profile_interests_signed (
    user_id INTEGER NOT NULL,
    category_id INTEGER NOT NULL,
    strength REAL NOT NULL CHECK (strength >= -1 AND strength <= 1),
    interactions INTEGER NOT NULL,
    PRIMARY KEY (user_id, category_id)
) WITHOUT ROWID;
INSERT INTO profile_interests_signed (user_id, category_id, strength, interactions)
    SELECT user_id, category_id, strength, interactions FROM profile_interests;
DROP TABLE profile_interests;
ALTER TABLE profile_interests_signed RENAME TO profile_interests;
CREATE INDEX profile_interests_category ON profile_interests (category_id, strength);
