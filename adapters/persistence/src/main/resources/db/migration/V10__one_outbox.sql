-- One outbox for every external system (ADR 0016), replacing luna_outbox (V4) and digital_post_outbox (V8).
-- A record is written in the transaction of the forløb that needs it and delivered later; its id is the
-- idempotency key the external system sees. The payload is the kind's JSON (docs/integrations); a document (the PDF
-- of a letter) is kept beside it, out of line.
CREATE TABLE outbox (
    id               uuid         PRIMARY KEY,
    kind             text         NOT NULL CHECK (kind IN ('LUNA_REGISTRATION', 'DIGITAL_POST_LETTER')),
    forloeb_id       uuid         NOT NULL REFERENCES forloeb (id),
    payload          jsonb        NOT NULL,
    document         bytea,
    created_at       timestamptz  NOT NULL,
    state            text         NOT NULL CHECK (state IN ('PENDING', 'CONFIRMED', 'REFUSED', 'WITHDRAWN')),
    attempts         integer      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at  timestamptz  NOT NULL,
    closed_at        timestamptz,
    -- the system's reference for a confirmed record (LUNA's registration id, Digital Post's delivery id)
    receipt          text,
    -- why a record was refused or withdrawn, or the last failure of a pending one
    last_error       text,
    CONSTRAINT closed_unless_pending CHECK ((state = 'PENDING') = (closed_at IS NULL)),
    CONSTRAINT receipt_only_when_confirmed CHECK (receipt IS NULL OR state = 'CONFIRMED'),
    CONSTRAINT document_only_for_letters CHECK (document IS NULL OR kind = 'DIGITAL_POST_LETTER')
);
-- a PDF is compressed already: keep it out of line without trying to compress it again
ALTER TABLE outbox ALTER COLUMN document SET STORAGE EXTERNAL;
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX outbox_forloeb ON outbox (forloeb_id);

-- Every row of both old outboxes keeps its id (the key LUNA or Digital Post has seen), its state and its history.
INSERT INTO outbox (id, kind, forloeb_id, payload, document, created_at, state, attempts, next_attempt_at, closed_at,
                    receipt, last_error)
SELECT o.id, 'LUNA_REGISTRATION', o.forloeb_id,
       jsonb_strip_nulls(jsonb_build_object('registration', o.kind, 'cpr', o.cpr, 'providerNumber', o.provider_number,
                                            'group', o.group_number, 'validFrom', o.valid_from)),
       NULL, o.created_at,
       CASE WHEN o.delivered_at IS NOT NULL THEN 'CONFIRMED' WHEN o.rejected_at IS NOT NULL THEN 'REFUSED' ELSE 'PENDING' END,
       o.attempts, o.next_attempt_at, COALESCE(o.delivered_at, o.rejected_at),
       CASE WHEN o.delivered_at IS NOT NULL THEN
           (SELECT r.registration_id::text FROM registration r
            WHERE r.forloeb_id = o.forloeb_id AND r.cpr = o.cpr ORDER BY r.registered_at LIMIT 1) END,
       o.last_error
FROM luna_outbox o;

INSERT INTO outbox (id, kind, forloeb_id, payload, document, created_at, state, attempts, next_attempt_at, closed_at,
                    receipt, last_error)
SELECT d.id, 'DIGITAL_POST_LETTER', d.forloeb_id,
       jsonb_build_object('activityId', d.activity_id, 'recipientType', d.recipient_type, 'recipientId', d.recipient_id,
                          'title', d.title),
       d.pdf, d.created_at,
       CASE WHEN d.delivered_at IS NOT NULL THEN 'CONFIRMED'
            WHEN d.failed_at IS NOT NULL AND d.last_error LIKE 'Tilbagekaldt%' THEN 'WITHDRAWN'
            WHEN d.failed_at IS NOT NULL THEN 'REFUSED'
            ELSE 'PENDING' END,
       d.attempts, d.next_attempt_at, COALESCE(d.delivered_at, d.failed_at), d.delivery_id, d.last_error
FROM digital_post_outbox d;

DROP TABLE luna_outbox;
DROP TABLE digital_post_outbox;

-- DOC-7: a doctor choice LUNA refused is closed as refused, with LUNA's answer; it holds no place.
ALTER TABLE doctor_choice DROP CONSTRAINT doctor_choice_state_check;
ALTER TABLE doctor_choice ADD CONSTRAINT doctor_choice_state_check CHECK (state IN ('AWAITING_DISPENSATION',
    'AWAITING_MOVE_EVENT', 'AWAITING_LUNA', 'IN_EFFECT', 'REJECTED', 'REFUSED_BY_LUNA', 'CANCELLED'));
ALTER TABLE doctor_choice ADD COLUMN luna_refusal text;
ALTER TABLE doctor_choice ADD CONSTRAINT luna_refusal_when_refused_by_luna
    CHECK ((state = 'REFUSED_BY_LUNA') = (luna_refusal IS NOT NULL));
