-- Letters on their way to Digital Post (LET-5, INT-4), written in the transaction of the forløb activity that
-- sends them. The PDF is rendered then and kept: it is the exact document sent, to be shown later (LET-6).
-- The id is the idempotency key Digital Post sees (ADR 0013).
CREATE TABLE digital_post_outbox (
    id               uuid         PRIMARY KEY,
    forloeb_id       uuid         NOT NULL REFERENCES forloeb (id),
    -- the activity the delivery closes; no foreign key: saving a forløb rewrites its activity rows
    activity_id      uuid         NOT NULL,
    recipient_type   text         NOT NULL CHECK (recipient_type IN ('CPR', 'PROVIDER')),
    recipient_id     text         NOT NULL,
    title            text         NOT NULL,
    pdf              bytea        NOT NULL,
    created_at       timestamptz  NOT NULL,
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz  NOT NULL,
    delivered_at     timestamptz,
    delivery_id      text,
    failed_at        timestamptz,
    last_error       text,
    CONSTRAINT recipient_id_fits_its_type CHECK (
        (recipient_type = 'CPR' AND recipient_id ~ '^[0-9]{10}$')
        OR (recipient_type = 'PROVIDER' AND recipient_id ~ '^[0-9]{6}$')),
    CONSTRAINT delivered_with_a_delivery_id CHECK ((delivered_at IS NULL) = (delivery_id IS NULL)),
    CONSTRAINT delivered_or_failed_not_both CHECK (delivered_at IS NULL OR failed_at IS NULL)
);
-- a PDF is compressed already: keep it out of line without trying to compress it again
ALTER TABLE digital_post_outbox ALTER COLUMN pdf SET STORAGE EXTERNAL;
CREATE INDEX digital_post_outbox_due ON digital_post_outbox (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;
CREATE INDEX digital_post_outbox_forloeb ON digital_post_outbox (forloeb_id);
