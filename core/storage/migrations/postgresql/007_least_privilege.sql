-- Least privilege: PUBLIC gets nothing, each operator gets the grants of their Tailor role, and everything
-- that must not be forged is written only by the SECURITY DEFINER functions below, which check the caller's
-- role in `operators`, record session_user as the actor and write the audit entry themselves (sequence,
-- time and both hashes computed here). The tables' owner (the role that created the workspace) keeps every
-- right, like the owner of an SQLite file: it is the workspace's administrator of last resort.
--
-- Every SECURITY DEFINER function sets search_path = public, pg_temp: pg_temp last, so that nobody can
-- shadow a Tailor table with a temporary table of the same name.

ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;

ALTER FUNCTION tailor_is_admin(TEXT) SET search_path = public, pg_temp;
ALTER FUNCTION tailor_protect_labels() SET search_path = public, pg_temp;
ALTER FUNCTION tailor_endpoints_admin_only() SET search_path = public, pg_temp;

-- Who changed a user's consent, from what to what, and when.
CREATE TABLE profile_consent_log (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES profile_users (id),
    from_consent INTEGER NOT NULL CHECK (from_consent IN (-1, 0, 1)),
    to_consent INTEGER NOT NULL CHECK (to_consent IN (-1, 0, 1)),
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE INDEX profile_consent_log_user ON profile_consent_log (user_id, id);
CREATE TRIGGER profile_consent_log_immutable BEFORE UPDATE OR DELETE ON profile_consent_log
    FOR EACH ROW EXECUTE FUNCTION tailor_immutable();

-- Who wrote a cached answer: an operator replaces only entries of their own.
ALTER TABLE llm_response_cache ADD COLUMN created_by TEXT NOT NULL DEFAULT '';

-- Personal data: a direct SELECT sees only public attribute values; PII goes through
-- tailor_profile_attributes(), which masks it unless the caller may reveal it and audits each reveal.
ALTER TABLE profile_user_attributes ENABLE ROW LEVEL SECURITY;
CREATE POLICY profile_user_attributes_public ON profile_user_attributes FOR SELECT USING (pii = 0);

-- Roles and permissions, the twin of core/identity/role.cpp (a test compares the two).
CREATE FUNCTION tailor_role_allows(r TEXT, permission TEXT) RETURNS BOOLEAN
LANGUAGE sql IMMUTABLE SET search_path = public, pg_temp AS $$
    SELECT r IS NOT NULL AND (permission = 'view' OR r = 'admin' OR CASE r
        WHEN 'editor' THEN permission IN ('edit_prompts', 'run_experiments', 'call_endpoints')
        WHEN 'analyst' THEN permission IN ('import_data', 'review_profiles', 'reveal_pii', 'run_experiments',
                                           'call_endpoints')
        WHEN 'approver' THEN permission IN ('approve_releases')
        ELSE false END);
$$;

CREATE FUNCTION tailor_permission_description(permission TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE SET search_path = public, pg_temp AS $$
    SELECT CASE permission
        WHEN 'view' THEN 'view this workspace'
        WHEN 'edit_prompts' THEN 'edit prompts'
        WHEN 'run_experiments' THEN 'run experiments'
        WHEN 'call_endpoints' THEN 'call LLM endpoints'
        WHEN 'import_data' THEN 'import data'
        WHEN 'review_profiles' THEN 'review profiles'
        WHEN 'reveal_pii' THEN 'reveal personal data'
        WHEN 'approve_releases' THEN 'approve releases'
        WHEN 'move_protected_labels' THEN 'move protected labels'
        WHEN 'manage_operators' THEN 'manage operators'
        WHEN 'manage_endpoints' THEN 'manage LLM endpoints'
        ELSE permission END;
$$;

-- The caller's role when it allows `permission`; otherwise refuses with the message a user sees.
CREATE FUNCTION tailor_require(permission TEXT) RETURNS TEXT
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    r TEXT;
BEGIN
    SELECT role INTO r FROM operators WHERE name = session_user;
    IF r IS NULL THEN
        RAISE EXCEPTION 'database role % is not an operator of this workspace; an admin adds it with: tailor-cli workspace grant % viewer',
            session_user, session_user USING ERRCODE = '42501';
    END IF;
    IF NOT tailor_role_allows(r, permission) THEN
        RAISE EXCEPTION 'operator % has the role % and may not % in this workspace; ask an admin',
            session_user, r, tailor_permission_description(permission) USING ERRCODE = '42501';
    END IF;
    RETURN r;
END;
$$;

CREATE FUNCTION tailor_now() RETURNS TEXT
LANGUAGE sql VOLATILE SET search_path = public, pg_temp AS $$
    SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
$$;

-- JSON as Qt writes it compactly (keys sorted, no spaces), so that the server's audit payloads read like the
-- client's.
CREATE FUNCTION tailor_json_compact(j JSONB) RETURNS TEXT
LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = public, pg_temp AS $$
BEGIN
    IF jsonb_typeof(j) = 'object' THEN
        RETURN '{' || coalesce((SELECT string_agg(to_json(e.key)::text || ':' || tailor_json_compact(e.value), ','
                                                  ORDER BY e.key COLLATE "C")
                                FROM jsonb_each(j) AS e), '') || '}';
    ELSIF jsonb_typeof(j) = 'array' THEN
        RETURN '[' || coalesce((SELECT string_agg(tailor_json_compact(a.value), ',' ORDER BY a.n)
                                FROM jsonb_array_elements(j) WITH ORDINALITY AS a (value, n)), '') || ']';
    END IF;
    RETURN j::text;
END;
$$;

-- The audit hash, byte for byte as AuditLog::computeHash(): each field length-prefixed ("<bytes>:<text>\n").
CREATE FUNCTION tailor_audit_field(t TEXT) RETURNS BYTEA
LANGUAGE sql IMMUTABLE STRICT SET search_path = public, pg_temp AS $$
    SELECT convert_to(octet_length(convert_to(t, 'UTF8'))::text || ':', 'UTF8') || convert_to(t, 'UTF8')
        || '\x0a'::bytea;
$$;

-- Appends one entry as session_user. Not executable by any operator: only the functions below call it.
CREATE FUNCTION tailor_audit_write(p_action TEXT, p_entity TEXT, p_payload TEXT) RETURNS audit_log
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    head_seq BIGINT;
    head_hash TEXT;
    has_head BOOLEAN;
    e audit_log;
BEGIN
    IF p_action IS NULL OR p_action = '' THEN
        RAISE EXCEPTION 'An audit entry needs an action.' USING ERRCODE = '22023';
    END IF;
    IF p_payload IS NULL OR json_typeof(p_payload::json) <> 'object' THEN
        RAISE EXCEPTION 'An audit entry''s payload must be a JSON object.' USING ERRCODE = '22023';
    END IF;
    SELECT seq, hash INTO head_seq, head_hash FROM audit_head WHERE id = 1 FOR UPDATE;
    has_head := FOUND;
    IF NOT has_head THEN
        head_seq := 0;
        head_hash := repeat('0', 64);
    END IF;
    IF EXISTS (SELECT 1 FROM audit_log WHERE seq > head_seq) THEN
        RAISE EXCEPTION 'The audit log needs `tailor-cli audit verify` (in Tailor: Settings, Verify audit log): it has entries beyond its head (entry %). Tailor adds nothing to a log that does not end at its head, so this change was not made.',
            head_seq USING ERRCODE = '55000';
    END IF;
    e.seq := head_seq + 1;
    e.at := tailor_now();
    e.operator := session_user;
    e.action := p_action;
    e.entity := coalesce(p_entity, '');
    e.payload := p_payload;
    e.prev_hash := head_hash;
    e.hash := encode(sha256(tailor_audit_field(e.at) || tailor_audit_field(e.operator)
        || tailor_audit_field(e.action) || tailor_audit_field(e.entity) || tailor_audit_field(e.payload)
        || tailor_audit_field(e.prev_hash)), 'hex');
    INSERT INTO audit_log (seq, at, operator, action, entity, payload, prev_hash, hash)
    VALUES (e.seq, e.at, e.operator, e.action, e.entity, e.payload, e.prev_hash, e.hash);
    IF has_head THEN
        UPDATE audit_head SET seq = e.seq, hash = e.hash WHERE id = 1;
    ELSE
        INSERT INTO audit_head (id, seq, hash) VALUES (1, e.seq, e.hash);
    END IF;
    RETURN e;
END;
$$;

-- What a client may record by itself: actions whose change has no function of its own. Everything else
-- (prompt versions, labels, operators, consent, reveals, segments, the cache) is recorded only by the
-- function that makes the change.
CREATE FUNCTION tailor_audit_append(p_action TEXT, p_entity TEXT, p_payload TEXT) RETURNS audit_log
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM tailor_require('view');
    IF p_action = 'prompt.export' THEN
        NULL;
    ELSIF p_action = 'prompt.import' THEN
        PERFORM tailor_require('edit_prompts');
    ELSIF p_action IN ('profiles.import', 'profiles.recompute') THEN
        PERFORM tailor_require('import_data');
    ELSIF p_action IN ('endpoint.save', 'endpoint.remove') THEN
        PERFORM tailor_require('manage_endpoints');
    ELSIF p_action IN ('workspace.migrate', 'workspace.demo') THEN
        PERFORM tailor_require('manage_operators');
    ELSIF p_action = 'workspace.create' THEN
        PERFORM tailor_require('manage_operators');
        IF EXISTS (SELECT 1 FROM audit_log) OR EXISTS (SELECT 1 FROM audit_head) THEN
            RAISE EXCEPTION 'the workspace''s creation is the first audit entry; this log already has entries'
                USING ERRCODE = '42501';
        END IF;
    ELSE
        RAISE EXCEPTION 'the audit action % is recorded only by the function that makes its change', p_action
            USING ERRCODE = '42501';
    END IF;
    RETURN tailor_audit_write(p_action, p_entity, p_payload);
END;
$$;

-- Grants for one operator from their role: first everything revoked, then what the role may do.
CREATE FUNCTION tailor_apply_grants(who TEXT) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    r TEXT;
    f RECORD;
    everyone CONSTANT TEXT[] := ARRAY['tailor_audit_append(text,text,text)',
        'tailor_profile_attributes(bigint[],boolean)'];
    callers CONSTANT TEXT[] := ARRAY['tailor_cache_put(text,text,text,text)',
        'tailor_request_log_write(text)'];
    editors CONSTANT TEXT[] := ARRAY['tailor_folder_create(text)', 'tailor_prompt_move(text,text)',
        'tailor_prompt_save(text,text,boolean,integer,text,text,integer,text,text[],bigint[],integer[])',
        'tailor_label_move(text,text,integer,text)', 'tailor_label_remove(text,text,text)'];
    analysts CONSTANT TEXT[] := ARRAY['tailor_profile_set_consent(bigint,integer)',
        'tailor_profile_attribute_put(bigint,text,text,integer)',
        'tailor_segment_create(text,text,text,bigint)', 'tailor_segment_delete(text)'];
    admins CONSTANT TEXT[] := ARRAY['tailor_set_operator_role(text,text)', 'tailor_remove_operator(text)',
        'tailor_cache_clear()'];
    granted TEXT[] := '{}';
    fn TEXT;
    user_columns CONSTANT TEXT := 'external_id, id_number, search_text, interaction_count, kind_counts, '
        'first_at, last_at, top_category, top_strength, recent_items';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who AND NOT rolsuper)
       OR who = (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'operators') THEN
        RETURN;
    END IF;
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', who);
    EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %I', who);
    FOR f IN SELECT p.oid::regprocedure AS signature FROM pg_proc p
             WHERE p.pronamespace = 'public'::regnamespace AND p.proname LIKE 'tailor\_%' LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM %I', f.signature, who);
    END LOOP;
    SELECT role INTO r FROM operators WHERE name = who;
    IF r IS NULL THEN
        RETURN;
    END IF;

    EXECUTE format('GRANT SELECT ON workspace_meta, operators, audit_log, audit_head, schema_migrations, '
        'prompt_folders, prompts, prompt_versions, prompt_partial_pins, prompt_labels, prompt_label_history, '
        'llm_endpoints, llm_response_cache, llm_request_log, profile_event_kinds, profile_categories, '
        'profile_items, profile_item_categories, profile_users, profile_user_attributes, profile_interactions, '
        'profile_interests, profile_segments, profile_consent_log TO %I', who);
    granted := everyone;
    IF tailor_role_allows(r, 'call_endpoints') THEN
        granted := granted || callers;
    END IF;
    IF tailor_role_allows(r, 'edit_prompts') THEN
        granted := granted || editors;
    END IF;
    IF tailor_role_allows(r, 'import_data') THEN
        granted := granted || analysts;
        EXECUTE format('GRANT INSERT ON profile_event_kinds, profile_categories, profile_items, '
            'profile_item_categories, profile_interactions, profile_interests TO %I', who);
        EXECUTE format('GRANT UPDATE ON profile_items TO %I', who);
        EXECUTE format('GRANT DELETE ON profile_item_categories, profile_interests TO %I', who);
        EXECUTE format('GRANT INSERT (%s), UPDATE (%s) ON profile_users TO %I', user_columns, user_columns, who);
        EXECUTE format('GRANT USAGE ON SEQUENCE profile_event_kinds_id_seq, profile_categories_id_seq, '
            'profile_items_id_seq, profile_users_id_seq TO %I', who);
    END IF;
    IF tailor_role_allows(r, 'manage_endpoints') THEN
        granted := granted || admins;
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON llm_endpoints TO %I', who);
    END IF;
    FOREACH fn IN ARRAY granted LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', fn, who);
    END LOOP;
END;
$$;

CREATE FUNCTION tailor_regrant_all() RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    who TEXT;
BEGIN
    FOR who IN SELECT name FROM operators LOOP
        PERFORM tailor_apply_grants(who);
    END LOOP;
END;
$$;

-- Operators: the role in `operators`, the grants that go with it, and the audit entry, in one step.
DROP FUNCTION tailor_set_operator_role(TEXT, TEXT);
CREATE FUNCTION tailor_set_operator_role(who TEXT, new_role TEXT) RETURNS TEXT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    previous TEXT;
BEGIN
    PERFORM tailor_require('manage_operators');
    IF new_role IS NULL OR new_role NOT IN ('viewer', 'editor', 'analyst', 'approver', 'admin') THEN
        RAISE EXCEPTION '''%'' is not a role: use viewer, editor, analyst, approver or admin', new_role
            USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who) THEN
        RAISE EXCEPTION 'there is no database role "%" on this server; a database administrator creates it first (CREATE ROLE "%" LOGIN PASSWORD ...)',
            who, who USING ERRCODE = '42704';
    END IF;
    PERFORM 1 FROM operators WHERE role = 'admin' FOR UPDATE;
    SELECT role INTO previous FROM operators WHERE name = who;
    IF previous = 'admin' AND new_role <> 'admin'
       AND (SELECT count(*) FROM operators WHERE role = 'admin') <= 1 THEN
        RAISE EXCEPTION '% is the last admin of this workspace', who USING ERRCODE = '55000';
    END IF;
    INSERT INTO operators (name, role, granted_by, granted_at)
    VALUES (who, new_role, session_user, tailor_now())
    ON CONFLICT (name) DO UPDATE
        SET role = EXCLUDED.role, granted_by = EXCLUDED.granted_by, granted_at = EXCLUDED.granted_at;
    PERFORM tailor_apply_grants(who);
    PERFORM tailor_audit_write('operator.grant', 'operator:' || who,
        tailor_json_compact(jsonb_build_object('role', new_role, 'previous', coalesce(previous, 'none'))));
    RETURN coalesce(previous, 'none');
END;
$$;

DROP FUNCTION tailor_remove_operator(TEXT);
CREATE FUNCTION tailor_remove_operator(who TEXT) RETURNS TEXT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    previous TEXT;
BEGIN
    PERFORM tailor_require('manage_operators');
    PERFORM 1 FROM operators WHERE role = 'admin' FOR UPDATE;
    SELECT role INTO previous FROM operators WHERE name = who;
    IF previous IS NULL THEN
        RAISE EXCEPTION '''%'' has no role in this workspace.', who USING ERRCODE = 'P0002';
    END IF;
    IF previous = 'admin' AND (SELECT count(*) FROM operators WHERE role = 'admin') <= 1 THEN
        RAISE EXCEPTION '% is the last admin of this workspace', who USING ERRCODE = '55000';
    END IF;
    DELETE FROM operators WHERE name = who;
    PERFORM tailor_apply_grants(who);
    PERFORM tailor_audit_write('operator.revoke', 'operator:' || who,
        tailor_json_compact(jsonb_build_object('previous', previous)));
    RETURN previous;
END;
$$;

-- Prompts: folders, moves, versions (content-addressed here: the server computes the SHA-256) and labels.
CREATE FUNCTION tailor_folder_create(p_path TEXT) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM tailor_require('edit_prompts');
    IF p_path IS NULL OR p_path = '' THEN
        RAISE EXCEPTION 'A folder needs a name.' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM prompt_folders WHERE path = p_path) THEN
        RAISE EXCEPTION 'The folder ''%'' already exists.', p_path USING ERRCODE = '23505';
    END IF;
    INSERT INTO prompt_folders (path, created_by, created_at) VALUES (p_path, session_user, tailor_now());
    PERFORM tailor_audit_write('folder.create', 'folder:' || p_path, '{}');
END;
$$;

CREATE FUNCTION tailor_prompt_move(p_name TEXT, p_folder TEXT) RETURNS TEXT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    previous TEXT;
BEGIN
    PERFORM tailor_require('edit_prompts');
    SELECT folder INTO previous FROM prompts WHERE name = p_name FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no prompt named ''%''.', p_name USING ERRCODE = 'P0002';
    END IF;
    UPDATE prompts SET folder = coalesce(p_folder, ''), updated_by = session_user, updated_at = tailor_now()
    WHERE name = p_name;
    PERFORM tailor_audit_write('prompt.move', 'prompt:' || p_name,
        tailor_json_compact(jsonb_build_object('from', previous, 'to', coalesce(p_folder, ''))));
    RETURN previous;
END;
$$;

-- Saves p_content as the next version of p_name (creating the prompt when p_create), unless it is the latest
-- version's content already. Pins are the partials' (name as written, prompt id, version).
CREATE FUNCTION tailor_prompt_save(p_name TEXT, p_folder TEXT, p_create BOOLEAN, p_base INTEGER, p_content TEXT,
                                   p_message TEXT, p_reverted_from INTEGER, p_action TEXT, p_pin_names TEXT[],
                                   p_pin_prompts BIGINT[], p_pin_versions INTEGER[])
RETURNS TABLE (prompt_id BIGINT, version INTEGER, created BOOLEAN)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    pid BIGINT;
    latest INTEGER;
    sha TEXT := encode(sha256(convert_to(p_content, 'UTF8')), 'hex');
    t TEXT := tailor_now();
    v INTEGER;
    payload JSONB;
BEGIN
    PERFORM tailor_require('edit_prompts');
    IF p_action IS NULL OR p_action NOT IN ('prompt.create', 'prompt.save', 'prompt.revert') THEN
        RAISE EXCEPTION '% is not a way to save a prompt version', p_action USING ERRCODE = '22023';
    END IF;
    IF p_content IS NULL OR p_content = '' THEN
        RAISE EXCEPTION 'A prompt version needs content.' USING ERRCODE = '22023';
    END IF;
    IF p_create THEN
        IF EXISTS (SELECT 1 FROM prompts WHERE name = p_name) THEN
            RAISE EXCEPTION 'A prompt named ''%'' already exists.', p_name USING ERRCODE = '23505';
        END IF;
        INSERT INTO prompts (name, folder, latest_version, created_by, created_at, updated_by, updated_at)
        VALUES (p_name, coalesce(p_folder, ''), 0, session_user, t, session_user, t)
        RETURNING id, latest_version INTO pid, latest;
    ELSE
        SELECT p.id, p.latest_version INTO pid, latest FROM prompts p WHERE p.name = p_name FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'There is no prompt named ''%''.', p_name USING ERRCODE = 'P0002';
        END IF;
        IF p_base IS DISTINCT FROM latest THEN
            RAISE EXCEPTION 'Prompt ''%'' changed while you edited it: you started from version %, but version % by % is newer. Your text was not saved; compare it with version % and save again.',
                p_name, p_base, latest,
                (SELECT pv.author FROM prompt_versions pv WHERE pv.prompt_id = pid AND pv.version = latest), latest
                USING ERRCODE = '40001';
        END IF;
    END IF;
    IF latest > 0 AND (SELECT pv.sha256 FROM prompt_versions pv
                       WHERE pv.prompt_id = pid AND pv.version = latest) = sha THEN
        RETURN QUERY SELECT pid, latest, false;
        RETURN;
    END IF;
    v := latest + 1;
    INSERT INTO prompt_versions (prompt_id, version, sha256, content, author, created_at, message, reverted_from)
    VALUES (pid, v, sha, p_content, session_user, t, coalesce(p_message, ''), p_reverted_from);
    INSERT INTO prompt_partial_pins (prompt_id, version, partial_name, pinned_prompt_id, pinned_version)
    SELECT pid, v, pin.n, pin.p, pin.pv
    FROM unnest(coalesce(p_pin_names, '{}'), coalesce(p_pin_prompts, '{}'), coalesce(p_pin_versions, '{}'))
        AS pin (n, p, pv);
    UPDATE prompts SET latest_version = v, updated_by = session_user, updated_at = t WHERE id = pid;
    payload := jsonb_build_object('version', v, 'sha256', sha);
    IF coalesce(p_message, '') <> '' THEN
        payload := payload || jsonb_build_object('message', p_message);
    END IF;
    IF p_reverted_from > 0 THEN
        payload := payload || jsonb_build_object('reverted_from', p_reverted_from);
    END IF;
    PERFORM tailor_audit_write(p_action, 'prompt:' || p_name, tailor_json_compact(payload));
    RETURN QUERY SELECT pid, v, true;
END;
$$;

-- Moves (or sets) a label; returns the version it pointed at before, or NULL.
CREATE FUNCTION tailor_label_move(p_name TEXT, p_label TEXT, p_version INTEGER, p_note TEXT) RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    pid BIGINT;
    latest INTEGER;
    previous INTEGER;
    t TEXT := tailor_now();
    payload JSONB;
BEGIN
    IF p_label IN ('production', 'staging') THEN
        PERFORM tailor_require('move_protected_labels');
    ELSE
        PERFORM tailor_require('edit_prompts');
    END IF;
    IF p_label IS NULL OR p_label = 'latest' OR p_label !~ '^[a-z0-9][a-z0-9_-]{0,31}$' THEN
        RAISE EXCEPTION '''%'' is not a label that can be moved', p_label USING ERRCODE = '22023';
    END IF;
    SELECT id, latest_version INTO pid, latest FROM prompts WHERE name = p_name FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no prompt named ''%''.', p_name USING ERRCODE = 'P0002';
    END IF;
    IF p_version IS NULL OR p_version < 1 OR p_version > latest THEN
        RAISE EXCEPTION 'Prompt ''%'' has no version % (latest is %).', p_name, p_version, latest
            USING ERRCODE = 'P0002';
    END IF;
    SELECT l.version INTO previous FROM prompt_labels l WHERE l.prompt_id = pid AND l.label = p_label;
    IF previous = p_version THEN
        RAISE EXCEPTION 'Label ''%'' already points at version % of ''%''.', p_label, p_version, p_name
            USING ERRCODE = '23505';
    END IF;
    INSERT INTO prompt_labels (prompt_id, label, version, moved_by, moved_at)
    VALUES (pid, p_label, p_version, session_user, t)
    ON CONFLICT ON CONSTRAINT prompt_labels_pkey DO UPDATE
        SET version = EXCLUDED.version, moved_by = EXCLUDED.moved_by, moved_at = EXCLUDED.moved_at;
    INSERT INTO prompt_label_history (prompt_id, label, from_version, to_version, moved_by, moved_at, note)
    VALUES (pid, p_label, previous, p_version, session_user, t, coalesce(p_note, ''));
    payload := jsonb_build_object('label', p_label, 'to', p_version);
    IF previous IS NOT NULL THEN
        payload := payload || jsonb_build_object('from', previous);
    END IF;
    IF coalesce(p_note, '') <> '' THEN
        payload := payload || jsonb_build_object('note', p_note);
    END IF;
    PERFORM tailor_audit_write('label.move', 'prompt:' || p_name, tailor_json_compact(payload));
    RETURN previous;
END;
$$;

CREATE FUNCTION tailor_label_remove(p_name TEXT, p_label TEXT, p_note TEXT) RETURNS INTEGER
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    pid BIGINT;
    previous INTEGER;
BEGIN
    IF p_label IN ('production', 'staging') THEN
        PERFORM tailor_require('move_protected_labels');
    ELSE
        PERFORM tailor_require('edit_prompts');
    END IF;
    SELECT id INTO pid FROM prompts WHERE name = p_name FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no prompt named ''%''.', p_name USING ERRCODE = 'P0002';
    END IF;
    DELETE FROM prompt_labels l WHERE l.prompt_id = pid AND l.label = p_label RETURNING l.version INTO previous;
    IF previous IS NULL THEN
        RAISE EXCEPTION 'Prompt ''%'' has no label ''%''.', p_name, p_label USING ERRCODE = 'P0002';
    END IF;
    INSERT INTO prompt_label_history (prompt_id, label, from_version, to_version, moved_by, moved_at, note)
    VALUES (pid, p_label, previous, NULL, session_user, tailor_now(), coalesce(p_note, ''));
    PERFORM tailor_audit_write('label.remove', 'prompt:' || p_name,
        tailor_json_compact(jsonb_build_object('label', p_label, 'from', previous)));
    RETURN previous;
END;
$$;

-- Profiles: consent, attributes (personal data included) and segments.
CREATE FUNCTION tailor_profile_set_consent(p_user BIGINT, p_consent INTEGER) RETURNS BOOLEAN
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    previous INTEGER;
BEGIN
    PERFORM tailor_require('import_data');
    IF p_consent IS NULL OR p_consent NOT IN (-1, 0, 1) THEN
        RAISE EXCEPTION 'consent is -1 (unknown), 0 (refused) or 1 (granted), not %', p_consent
            USING ERRCODE = '22023';
    END IF;
    SELECT consent INTO previous FROM profile_users WHERE id = p_user FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no user with id %', p_user USING ERRCODE = 'P0002';
    END IF;
    IF previous = p_consent THEN
        RETURN false;
    END IF;
    UPDATE profile_users SET consent = p_consent WHERE id = p_user;
    INSERT INTO profile_consent_log (user_id, from_consent, to_consent, changed_by, changed_at)
    VALUES (p_user, previous, p_consent, session_user, tailor_now());
    RETURN true;
END;
$$;

-- Stores one attribute; true when it changed.
CREATE FUNCTION tailor_profile_attribute_put(p_user BIGINT, p_key TEXT, p_value TEXT, p_pii INTEGER)
RETURNS BOOLEAN
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    old_value TEXT;
    old_pii INTEGER;
BEGIN
    PERFORM tailor_require('import_data');
    SELECT a.value, a.pii INTO old_value, old_pii FROM profile_user_attributes a
    WHERE a.user_id = p_user AND a.key = p_key;
    IF FOUND THEN
        IF old_value = p_value AND old_pii = p_pii THEN
            RETURN false;
        END IF;
        UPDATE profile_user_attributes SET value = p_value, pii = p_pii WHERE user_id = p_user AND key = p_key;
    ELSE
        INSERT INTO profile_user_attributes (user_id, key, value, pii) VALUES (p_user, p_key, p_value, p_pii);
    END IF;
    RETURN true;
END;
$$;

-- The attributes of some users, personal data masked (NULL) unless p_reveal and the caller may reveal it;
-- a reveal that shows personal data is audited here.
CREATE FUNCTION tailor_profile_attributes(p_users BIGINT[], p_reveal BOOLEAN)
RETURNS TABLE (user_id BIGINT, key TEXT, value TEXT, pii INTEGER)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    revealed_users JSONB;
    revealed_fields JSONB;
BEGIN
    PERFORM tailor_require('view');
    IF p_reveal THEN
        PERFORM tailor_require('reveal_pii');
        SELECT jsonb_agg(DISTINCT u.external_id), jsonb_agg(DISTINCT a.key)
        INTO revealed_users, revealed_fields
        FROM profile_user_attributes a JOIN profile_users u ON u.id = a.user_id
        WHERE a.user_id = ANY (p_users) AND a.pii = 1;
        IF revealed_users IS NOT NULL THEN
            PERFORM tailor_audit_write('profile.reveal',
                CASE WHEN jsonb_array_length(revealed_users) = 1 THEN 'profile:' || (revealed_users ->> 0)
                     ELSE 'profiles' END,
                tailor_json_compact(jsonb_build_object('users', revealed_users, 'fields', revealed_fields)));
        END IF;
    END IF;
    RETURN QUERY
        SELECT a.user_id, a.key, CASE WHEN a.pii = 0 OR p_reveal THEN a.value END, a.pii
        FROM profile_user_attributes a WHERE a.user_id = ANY (p_users) ORDER BY a.user_id, a.key;
END;
$$;

CREATE FUNCTION tailor_segment_create(p_name TEXT, p_description TEXT, p_filter TEXT, p_size BIGINT) RETURNS TEXT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    t TEXT := tailor_now();
BEGIN
    PERFORM tailor_require('review_profiles');
    IF EXISTS (SELECT 1 FROM profile_segments WHERE name = p_name) THEN
        RAISE EXCEPTION 'There is already a segment named ''%''.', p_name USING ERRCODE = '23505';
    END IF;
    IF p_filter IS NULL OR json_typeof(p_filter::json) <> 'object' THEN
        RAISE EXCEPTION 'A segment''s filter must be a JSON object.' USING ERRCODE = '22023';
    END IF;
    INSERT INTO profile_segments (name, description, filter, created_by, created_at, size, size_at)
    VALUES (p_name, coalesce(p_description, ''), p_filter, session_user, t, coalesce(p_size, 0), t);
    PERFORM tailor_audit_write('segment.create', 'segment:' || p_name,
        tailor_json_compact(jsonb_build_object('filter', p_filter::jsonb, 'size', coalesce(p_size, 0))));
    RETURN t;
END;
$$;

CREATE FUNCTION tailor_segment_delete(p_name TEXT) RETURNS BOOLEAN
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM tailor_require('review_profiles');
    DELETE FROM profile_segments WHERE name = p_name;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    PERFORM tailor_audit_write('segment.delete', 'segment:' || p_name, '{}');
    RETURN true;
END;
$$;

-- LLM calls: the response cache and the request log, written as the caller.
CREATE FUNCTION tailor_cache_put(p_key TEXT, p_endpoint TEXT, p_model TEXT, p_response TEXT) RETURNS BOOLEAN
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM tailor_require('call_endpoints');
    INSERT INTO llm_response_cache (cache_key, endpoint, model, response, bytes, created_at, created_by)
    VALUES (p_key, p_endpoint, p_model, p_response, octet_length(convert_to(p_response, 'UTF8')), tailor_now(),
            session_user)
    ON CONFLICT (cache_key) DO UPDATE
        SET endpoint = EXCLUDED.endpoint, model = EXCLUDED.model, response = EXCLUDED.response,
            bytes = EXCLUDED.bytes, created_at = EXCLUDED.created_at
        WHERE llm_response_cache.created_by = session_user;
    RETURN FOUND;
END;
$$;

CREATE FUNCTION tailor_cache_clear() RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    entries BIGINT;
    total BIGINT;
BEGIN
    PERFORM tailor_require('manage_endpoints');
    SELECT count(*), coalesce(sum(bytes), 0) INTO entries, total FROM llm_response_cache;
    DELETE FROM llm_response_cache;
    PERFORM tailor_audit_write('llm.cache.clear', 'llm:cache',
        tailor_json_compact(jsonb_build_object('entries', entries, 'bytes', total)));
    RETURN entries;
END;
$$;

-- Rows of the request log as a JSON array of objects named like the columns; operator and time are the
-- server's.
CREATE FUNCTION tailor_request_log_write(p_rows TEXT) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    written BIGINT;
BEGIN
    PERFORM tailor_require('call_endpoints');
    INSERT INTO llm_request_log (at, operator, endpoint, provider, model, cache_key, status, failure, http_status,
                                 prompt_tokens, completion_tokens, tokens_estimated, latency_ms, ttft_ms, cost,
                                 cache_hit, dry_run, retries, error, prompt_name, prompt_version, profile_id,
                                 experiment_id, fields_sent)
    SELECT tailor_now(), session_user, r.endpoint, r.provider, r.model, r.cache_key, r.status,
           coalesce(r.failure, ''), coalesce(r.http_status, 0), coalesce(r.prompt_tokens, 0),
           coalesce(r.completion_tokens, 0), coalesce(r.tokens_estimated, 0), coalesce(r.latency_ms, 0), r.ttft_ms,
           coalesce(r.cost, 0), coalesce(r.cache_hit, 0), coalesce(r.dry_run, 0), coalesce(r.retries, 0),
           coalesce(r.error, ''), r.prompt_name, r.prompt_version, r.profile_id, r.experiment_id, r.fields_sent
    FROM json_to_recordset(p_rows::json) AS r (endpoint TEXT, provider TEXT, model TEXT, cache_key TEXT,
        status TEXT, failure TEXT, http_status INTEGER, prompt_tokens INTEGER, completion_tokens INTEGER,
        tokens_estimated INTEGER, latency_ms BIGINT, ttft_ms BIGINT, cost DOUBLE PRECISION, cache_hit INTEGER,
        dry_run INTEGER, retries INTEGER, error TEXT, prompt_name TEXT, prompt_version INTEGER,
        profile_id TEXT, experiment_id TEXT, fields_sent TEXT);
    GET DIAGNOSTICS written = ROW_COUNT;
    RETURN written;
END;
$$;

-- Every Tailor function: no EXECUTE for PUBLIC; operators get theirs from tailor_apply_grants().
DO $$
DECLARE
    f RECORD;
BEGIN
    FOR f IN SELECT p.oid::regprocedure AS signature FROM pg_proc p
             WHERE p.pronamespace = 'public'::regnamespace AND p.proname LIKE 'tailor\_%' LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f.signature);
    END LOOP;
END
$$;

SELECT tailor_regrant_all();
