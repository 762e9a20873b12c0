-- Interests are signed: a rating below the user's own baseline now counts as a dislike (a negative strength
-- down to −1) instead of a weaker like. The rows are recomputed with the new formula by the migration's C++
-- step (Workspace), in this same transaction, and audited as a 'profiles.recompute'.
ALTER TABLE profile_interests DROP CONSTRAINT profile_interests_strength_check;
ALTER TABLE profile_interests ADD CONSTRAINT profile_interests_strength_check
    CHECK (strength >= -1 AND strength <= 1);
