-- Parents' correction requests, their evidence files, and the decision of the school, ward or Department.

CREATE TABLE correction_requests (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id bigint NOT NULL REFERENCES dossiers (id),
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'approved', 'rejected')),
    -- The dossier's status when the parent asked; a rejection restores it.
    previous_status text NOT NULL CHECK (previous_status IN ('looked_up', 'confirmed')),
    -- The data version the parent saw when asking.
    data_version int NOT NULL,
    -- Import column name (for example "ngay_sinh") to the proposed value in canonical form:
    -- dates as yyyy-MM-dd, sex as male/female, phones as domestic digits.
    proposed jsonb NOT NULL CHECK (jsonb_typeof(proposed) = 'object' AND proposed <> '{}'::jsonb),
    note text,
    submitted_at timestamptz NOT NULL DEFAULT now(),
    decided_at timestamptz,
    decided_by bigint REFERENCES staff_accounts (id),
    -- Required for a rejection and shown to the parent; optional for an approval.
    decision_reason text,
    -- On approval, the values of the corrected fields before and after, keyed like proposed.
    values_before jsonb,
    values_after jsonb,
    CONSTRAINT correction_decided_fields CHECK (
        (status = 'open' AND decided_at IS NULL AND decided_by IS NULL)
        OR (status <> 'open' AND decided_at IS NOT NULL AND decided_by IS NOT NULL)),
    CONSTRAINT correction_rejection_reason CHECK (status <> 'rejected' OR decision_reason IS NOT NULL),
    CONSTRAINT correction_approval_values CHECK (status <> 'approved' OR (values_before IS NOT NULL AND values_after IS NOT NULL))
);

-- One open request per dossier, whichever instance receives the parent's requests.
CREATE UNIQUE INDEX correction_requests_one_open_idx ON correction_requests (dossier_id) WHERE status = 'open';
CREATE INDEX correction_requests_dossier_idx ON correction_requests (dossier_id, submitted_at);
CREATE INDEX correction_requests_open_idx ON correction_requests (submitted_at) WHERE status = 'open';

-- The parent's evidence: photos or scans of the birth certificate or of the residence page in VNeID.
CREATE TABLE correction_evidence (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id bigint NOT NULL REFERENCES correction_requests (id),
    position smallint NOT NULL CHECK (position BETWEEN 1 AND 5),
    -- The name the parent's device gave the file: shown to staff, never used as a path or a header.
    file_name text NOT NULL,
    -- Detected from the content's leading bytes, not from the name or the browser's Content-Type.
    content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'application/pdf')),
    size_bytes int NOT NULL CHECK (size_bytes BETWEEN 1 AND 5242880),
    sha256 bytea NOT NULL CHECK (length(sha256) = 32),
    content bytea NOT NULL CHECK (length(content) = size_bytes),
    CONSTRAINT correction_evidence_position UNIQUE (request_id, position)
);

-- JPEG and PNG files, and the scanned pages inside most PDFs, are compressed already, so PostgreSQL
-- stores the content out of line without trying to compress it again.
ALTER TABLE correction_evidence ALTER COLUMN content SET STORAGE EXTERNAL;
