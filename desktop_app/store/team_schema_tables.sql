-- The team server's tables (issue 18; the contract is team_protocol.md beside this file).
-- Run by team_admin.init_server in one transaction, after team_schema_roles.sql and before
-- team_schema_functions.sql and team_schema_security.sql. Every statement is idempotent:
-- running the file again (an upgrade, or init twice) keeps all data.

CREATE SCHEMA IF NOT EXISTS gz;

-- key/value facts about the schema itself: schema_version.
CREATE TABLE IF NOT EXISTS gz.meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);

-- Server settings an administrator may change: visibility = 'own' | 'team'.
CREATE TABLE IF NOT EXISTS gz.settings (
    key   text PRIMARY KEY,
    value text NOT NULL,
    CONSTRAINT settings_visibility CHECK (key <> 'visibility' OR value IN ('own', 'team'))
);
INSERT INTO gz.settings (key, value) VALUES ('visibility', 'own') ON CONFLICT (key) DO NOTHING;

-- One version counter for every change (push, handover, destruction). Writers take
-- pg_advisory_xact_lock(hashtext('gz.write')) before their first nextval, so committed
-- versions always form a prefix.
CREATE SEQUENCE IF NOT EXISTS gz.change_seq AS bigint;

-- The consultants (and team leaders) of this server: one LOGIN role each.
CREATE TABLE IF NOT EXISTS gz.consultants (
    role       name PRIMARY KEY,
    team       text,
    leader     boolean NOT NULL DEFAULT false,
    prefix     text NOT NULL UNIQUE CHECK (prefix ~ '^[A-Z0-9]{2,4}$'),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS consultants_team ON gz.consultants (team);

-- Every family the server knows, with its owner (the consultant whose caseload holds it).
CREATE TABLE IF NOT EXISTS gz.families (
    gid        uuid PRIMARY KEY,
    owner      name NOT NULL,
    team       text,                -- the owner's team when claimed or handed over
    claimed_at timestamptz NOT NULL DEFAULT now(),
    destroyed  boolean NOT NULL DEFAULT false
);
CREATE INDEX IF NOT EXISTS families_owner ON gz.families (owner);
CREATE INDEX IF NOT EXISTS families_team ON gz.families (team);

-- The synced rows. data: column -> JSON value; NULL for a tombstone (deleted).
CREATE TABLE IF NOT EXISTS gz.rows (
    gid        uuid PRIMARY KEY,
    tbl        text NOT NULL,
    family     uuid NULL,           -- NULL: a shared catalog row (providers, products)
    data       jsonb NULL,
    version    bigint NOT NULL,
    deleted    boolean NOT NULL DEFAULT false,
    changed_by name NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT rows_tombstone CHECK (deleted = (data IS NULL))
);
CREATE UNIQUE INDEX IF NOT EXISTS rows_version ON gz.rows (version);
CREATE INDEX IF NOT EXISTS rows_family_version ON gz.rows (family, version);
CREATE INDEX IF NOT EXISTS rows_catalog_version ON gz.rows (version) WHERE family IS NULL;
CREATE INDEX IF NOT EXISTS rows_case_number ON gz.rows ((data ->> 'case_number') text_pattern_ops)
    WHERE tbl = 'cases';

-- Conflicts found by gz.push: both values kept (base, mine, theirs), never a word dropped.
-- resolved_version: set when a later push changed that field of that row.
CREATE TABLE IF NOT EXISTS gz.conflicts (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    gid              uuid NOT NULL,
    family           uuid NULL,
    tbl              text NOT NULL,
    field            text NOT NULL,   -- a column name, or '*' for a deleted row
    base             jsonb,
    mine             jsonb,
    theirs           jsonb,
    version          bigint,          -- the server row's version when it was found
    batch            uuid,
    by_role          name NOT NULL,
    at               timestamptz NOT NULL DEFAULT now(),
    resolved_version bigint NULL
);
CREATE INDEX IF NOT EXISTS conflicts_gid ON gz.conflicts (gid, field);
CREATE INDEX IF NOT EXISTS conflicts_family ON gz.conflicts (family);

-- Push idempotency: the response of every batch, replayed for the same batch id.
-- families: the families the batch touched (a destruction scrubs their data out of it).
CREATE TABLE IF NOT EXISTS gz.batches (
    batch    uuid PRIMARY KEY,
    role     name NOT NULL,
    response jsonb NOT NULL,
    families uuid[] NOT NULL DEFAULT '{}',
    at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS batches_at ON gz.batches (at);
CREATE INDEX IF NOT EXISTS batches_families ON gz.batches USING gin (families);

-- Destructions on request: which family, when, by whom. No personal data.
CREATE TABLE IF NOT EXISTS gz.destructions (
    family  uuid PRIMARY KEY,
    at      timestamptz NOT NULL DEFAULT now(),
    by_role name NOT NULL,
    version bigint NOT NULL
);

-- Hand-overs: the old owner's pull lists the family under "revoked" (version > cursor).
CREATE TABLE IF NOT EXISTS gz.handovers (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    family    uuid NOT NULL,
    from_role name NOT NULL,
    from_team text,                 -- the family's team before (team visibility)
    to_role   name NOT NULL,
    version   bigint NOT NULL,
    by_role   name NOT NULL,
    at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS handovers_from ON gz.handovers (from_role, version);
CREATE INDEX IF NOT EXISTS handovers_version ON gz.handovers (version);
