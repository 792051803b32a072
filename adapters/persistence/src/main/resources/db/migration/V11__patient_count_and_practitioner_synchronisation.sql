-- DOC-7: a practitioner's patients are counted, not kept as a running total. registered_patients is LUNA's count on
-- patients_counted_on; it includes the registrations recorded here up to patients_counted_after. The moves recorded
-- since are counted from the registrations themselves (the adapter, with domain PatientCount).
ALTER TABLE registration ADD COLUMN recorded bigserial NOT NULL;
CREATE UNIQUE INDEX registration_recorded ON registration (recorded);
CREATE INDEX registration_valid_from ON registration (valid_from);

ALTER TABLE practitioner ADD COLUMN patients_counted_on date;
ALTER TABLE practitioner ADD COLUMN patients_counted_after bigint;
UPDATE practitioner SET patients_counted_on = CURRENT_DATE,
                        patients_counted_after = (SELECT COALESCE(max(recorded), 0) FROM registration);
ALTER TABLE practitioner ALTER COLUMN patients_counted_on SET NOT NULL;
ALTER TABLE practitioner ALTER COLUMN patients_counted_after SET NOT NULL;

-- INT-1: a practitioner LUNA no longer lists is closed down here: kept for the registrations and the history that
-- name it, off every list and never chosen again. Listed again, it is back.
ALTER TABLE practitioner ADD COLUMN closed_down_at timestamptz;

-- INT-1: every synchronisation of the register with LUNA's practitioners, scheduled or asked for, and its result.
CREATE TABLE practitioner_synchronisation (
    id                 uuid         PRIMARY KEY,
    trigger            text         NOT NULL CHECK (trigger IN ('SCHEDULED', 'ON_DEMAND')),
    requested_by_kind  text,
    requested_by_id    text,
    started_at         timestamptz  NOT NULL,
    finished_at        timestamptz  NOT NULL,
    outcome            text         NOT NULL CHECK (outcome IN ('COMPLETED', 'FAILED')),
    listed             integer,
    added              integer,
    changed            integer,
    closed             integer,
    failure            text,
    CONSTRAINT counts_when_completed CHECK ((outcome = 'COMPLETED') = (listed IS NOT NULL AND added IS NOT NULL
                                            AND changed IS NOT NULL AND closed IS NOT NULL AND failure IS NULL)),
    CONSTRAINT who_asked_on_demand CHECK ((trigger = 'ON_DEMAND') = (requested_by_kind IS NOT NULL))
);
CREATE INDEX practitioner_synchronisation_newest ON practitioner_synchronisation (started_at DESC);
