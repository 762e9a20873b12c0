-- LLM endpoints (names of where their API keys live, never the keys), the response cache keyed by the SHA-256
-- of the canonical request, and the request log: one row per call with tokens, latency, cost and links.
CREATE TABLE llm_endpoints (
    name TEXT PRIMARY KEY CHECK (length(name) > 0),
    provider TEXT NOT NULL,
    base_url TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    api_version TEXT NOT NULL DEFAULT '',
    parameters TEXT NOT NULL DEFAULT '{}',
    concurrency INTEGER NOT NULL CHECK (concurrency > 0),
    requests_per_minute INTEGER NOT NULL DEFAULT 0 CHECK (requests_per_minute >= 0),
    tokens_per_minute INTEGER NOT NULL DEFAULT 0 CHECK (tokens_per_minute >= 0),
    timeout_ms INTEGER NOT NULL CHECK (timeout_ms > 0),
    max_attempts INTEGER NOT NULL CHECK (max_attempts > 0),
    price_per_1k_input DOUBLE PRECISION NOT NULL DEFAULT 0,
    price_per_1k_output DOUBLE PRECISION NOT NULL DEFAULT 0,
    streaming INTEGER NOT NULL DEFAULT 0 CHECK (streaming IN (0, 1)),
    secret_env TEXT NOT NULL DEFAULT '',
    secret_key TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE llm_response_cache (
    cache_key TEXT PRIMARY KEY CHECK (length(cache_key) = 64),
    endpoint TEXT NOT NULL,
    model TEXT NOT NULL,
    response TEXT NOT NULL,
    bytes BIGINT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE llm_request_log (
    id BIGSERIAL PRIMARY KEY,
    at TEXT NOT NULL,
    operator TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    cache_key TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'cancelled')),
    failure TEXT NOT NULL DEFAULT '',
    http_status INTEGER NOT NULL DEFAULT 0,
    prompt_tokens INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    tokens_estimated INTEGER NOT NULL DEFAULT 0 CHECK (tokens_estimated IN (0, 1)),
    latency_ms BIGINT NOT NULL DEFAULT 0,
    ttft_ms BIGINT,
    cost DOUBLE PRECISION NOT NULL DEFAULT 0,
    cache_hit INTEGER NOT NULL DEFAULT 0 CHECK (cache_hit IN (0, 1)),
    dry_run INTEGER NOT NULL DEFAULT 0 CHECK (dry_run IN (0, 1)),
    retries INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    prompt_name TEXT,
    prompt_version INTEGER,
    profile_id TEXT,
    experiment_id TEXT,
    fields_sent TEXT
);
CREATE INDEX llm_request_log_at ON llm_request_log (at);
CREATE INDEX llm_request_log_endpoint_at ON llm_request_log (endpoint, at);
CREATE INDEX llm_request_log_experiment ON llm_request_log (experiment_id);

-- Only admins change endpoints, whatever client writes the rows.
CREATE FUNCTION tailor_endpoints_admin_only() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF NOT tailor_is_admin(session_user) THEN
        RAISE EXCEPTION 'operator % is not an admin: only admins change LLM endpoints', session_user
            USING ERRCODE = '42501';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER llm_endpoints_admin_only BEFORE INSERT OR UPDATE OR DELETE ON llm_endpoints
    FOR EACH ROW EXECUTE FUNCTION tailor_endpoints_admin_only();

GRANT SELECT, INSERT, UPDATE, DELETE ON llm_endpoints TO PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON llm_response_cache TO PUBLIC;
GRANT SELECT, INSERT ON llm_request_log TO PUBLIC;
GRANT USAGE ON SEQUENCE llm_request_log_id_seq TO PUBLIC;
