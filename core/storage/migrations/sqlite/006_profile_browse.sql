-- Indexes for browsing profiles at millions of users.
-- Attribute filters never match PII values, so their index holds only the public ones and answers a filter
-- (and its probe) without reading the table (pii is a column too, or SQLite would read it to check).
DROP INDEX profile_user_attributes_value;
CREATE INDEX profile_user_attributes_public ON profile_user_attributes (key, value, pii) WHERE pii = 0;
-- Consent combined with an activity window or a minimum activity is one range of one index, and a page of
-- consenting users sorted by that column is a walk of it. (consent) alone stays: it orders by (consent, id).
CREATE INDEX profile_users_consent_interactions ON profile_users (consent, interaction_count);
CREATE INDEX profile_users_consent_first ON profile_users (consent, first_at);
CREATE INDEX profile_users_consent_last ON profile_users (consent, last_at);
