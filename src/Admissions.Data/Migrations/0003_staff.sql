-- Staff accounts of schools, wards and the Department, and the audit of what they view and export.

CREATE TABLE staff_accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
    password_hash text NOT NULL,
    role text NOT NULL CHECK (role IN ('school', 'ward', 'department')),
    -- The preschool code for a school account, the ward code for a ward account, null for the Department.
    scope_code text,
    display_name text NOT NULL,
    disabled_at timestamptz,
    failed_sign_ins int NOT NULL DEFAULT 0,
    first_failed_at timestamptz,
    locked_until timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT staff_scope_matches_role CHECK (
        (role = 'department' AND scope_code IS NULL) OR (role <> 'department' AND scope_code IS NOT NULL))
);

-- Every view of a dossier's details and every export by staff: who, when, what.
CREATE TABLE staff_audit (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    account_id bigint NOT NULL REFERENCES staff_accounts (id),
    action text NOT NULL,
    dossier_id bigint REFERENCES dossiers (id),
    detail text
);

CREATE INDEX staff_audit_account_idx ON staff_audit (account_id, at);
CREATE INDEX staff_audit_dossier_idx ON staff_audit (dossier_id, at) WHERE dossier_id IS NOT NULL;
