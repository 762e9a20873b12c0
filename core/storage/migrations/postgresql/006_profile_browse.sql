-- Indexes for browsing profiles at millions of users.
-- Attribute filters never match PII values, so their index holds only the public ones and answers a filter
-- (and its count) by an index-only scan.
DROP INDEX profile_user_attributes_value;
CREATE INDEX profile_user_attributes_public ON profile_user_attributes (key, value, user_id) WHERE pii = 0;
-- Consent combined with an activity window or a minimum activity is one range of one index, and a page of
-- consenting users sorted by that column is a walk of it. (consent, id) stays for sorting by consent.
CREATE INDEX profile_users_consent_interactions ON profile_users (consent, interaction_count, id);
CREATE INDEX profile_users_consent_first ON profile_users (consent, first_at, id);
CREATE INDEX profile_users_consent_last ON profile_users (consent, last_at, id);
-- The planner's guess for key = 'plan' AND value = 'pro' assumes the two are unrelated; these statistics
-- tell it how many users each pair really matches, so it starts a filter from the narrowest condition.
CREATE STATISTICS profile_user_attributes_key_value (mcv, dependencies) ON key, value FROM profile_user_attributes;
-- Substring search over ids and attribute values: a trigram index when the pg_trgm extension can be
-- created (it ships with PostgreSQL and is trusted, so the database owner may create it); without it the
-- search scans profile_users, which is correct but slower.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX profile_users_search_trgm ON profile_users USING gin (search_text gin_trgm_ops);
EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported THEN
    RAISE NOTICE 'pg_trgm is not available (%): profile search scans every user', SQLERRM;
END
$$;
