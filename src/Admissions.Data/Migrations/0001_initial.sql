-- Core schema: reference data, dossiers, their history, confirmations and lookup audit.
-- IDs are text with a check constraint (not char(n)) so that Npgsql's text parameters use the index.

CREATE TABLE wards (
    code text PRIMARY KEY CHECK (code ~ '^[0-9]{1,10}$'),
    name text NOT NULL,
    kind text NOT NULL
);

CREATE TABLE dossiers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    national_id text NOT NULL UNIQUE CHECK (national_id ~ '^([0-9]{12}|TMP[0-9]{9})$'),
    full_name text NOT NULL,
    birth_date date NOT NULL,
    sex text NOT NULL CHECK (sex IN ('male', 'female')),
    birth_registration_place text,
    native_place text,
    ethnicity text,
    nationality text NOT NULL,
    permanent_residence text,
    current_residence text NOT NULL,
    ward_code text NOT NULL REFERENCES wards (code),
    household_relation text,
    preschool_code text NOT NULL CHECK (preschool_code ~ '^[A-Za-z0-9-]{1,20}$'),
    preschool_name text NOT NULL,
    preschool_class text,
    father_name text,
    father_birth_year int,
    father_phone text,
    mother_name text,
    mother_birth_year int,
    mother_phone text,
    guardian_name text,
    guardian_phone text,
    -- Data-quality warnings from the last import, in Vietnamese, for school staff.
    warnings text[] NOT NULL DEFAULT '{}',
    -- SHA-256 of the normalised content: a re-import compares it to skip unchanged rows.
    content_hash bytea NOT NULL,
    -- Incremented whenever the content changes; a confirmation belongs to one version.
    data_version int NOT NULL DEFAULT 1,
    status text NOT NULL DEFAULT 'not_looked_up' CHECK (status IN (
        'not_looked_up', 'looked_up', 'confirmed', 'correction_requested',
        'changed_awaiting_confirmation', 'accepted_at_deadline')),
    status_changed_at timestamptz NOT NULL DEFAULT now(),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX dossiers_preschool_idx ON dossiers (preschool_code, status);
CREATE INDEX dossiers_ward_idx ON dossiers (ward_code, status);

-- One row per status transition, written in the same transaction as the change.
CREATE TABLE dossier_history (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id bigint NOT NULL REFERENCES dossiers (id),
    at timestamptz NOT NULL DEFAULT now(),
    actor text NOT NULL,
    from_status text,
    to_status text NOT NULL,
    data_version int NOT NULL,
    reason text
);

CREATE INDEX dossier_history_dossier_idx ON dossier_history (dossier_id, at);

-- A parent's confirmation of one version of the dossier's data. The unique constraint is what
-- guarantees exactly one confirmation per version when requests race across instances.
CREATE TABLE confirmations (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id bigint NOT NULL REFERENCES dossiers (id),
    data_version int NOT NULL,
    confirmed_at timestamptz NOT NULL DEFAULT now(),
    receipt_code text NOT NULL UNIQUE,
    CONSTRAINT confirmations_one_per_version UNIQUE (dossier_id, data_version)
);

-- Every lookup attempt. id_hash and client_hash are keyed HMAC-SHA256 values, never the raw input.
CREATE TABLE lookup_audit (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    dossier_id bigint,
    id_hash bytea NOT NULL,
    client_hash bytea NOT NULL,
    outcome text NOT NULL CHECK (outcome IN ('found', 'not_found', 'wrong_birth_date', 'locked'))
);

CREATE INDEX lookup_audit_failures_idx ON lookup_audit (id_hash, at)
    WHERE outcome IN ('not_found', 'wrong_birth_date');
CREATE INDEX lookup_audit_dossier_idx ON lookup_audit (dossier_id, at) WHERE dossier_id IS NOT NULL;

-- An ID whose birth date was guessed wrong too often, locked for every address until locked_until.
CREATE TABLE lookup_lockouts (
    id_hash bytea PRIMARY KEY,
    locked_until timestamptz NOT NULL
);

-- Secrets that every instance must share and that a development setup creates on first start.
CREATE TABLE app_secrets (
    name text PRIMARY KEY,
    value bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Import runs, for staff and for the audit trail.
CREATE TABLE import_runs (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz,
    file_name text NOT NULL,
    rows_read int NOT NULL DEFAULT 0,
    inserted int NOT NULL DEFAULT 0,
    updated int NOT NULL DEFAULT 0,
    unchanged int NOT NULL DEFAULT 0,
    rejected int NOT NULL DEFAULT 0,
    warnings int NOT NULL DEFAULT 0
);
