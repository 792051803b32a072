-- Every letter is a record of its own (ADR 0029): the letters written before it, kept until now as outbox rows with
-- their PDF, become letters with the same id (the key Digital Post has seen), their PDF, the persons of their forløb
-- and a status history read from the row's state. Their outbox rows then only name the letter, and the outbox keeps
-- no documents any more. Letters go to Digital Post or, for physical mail, to the remote print supplier (LET-5).
INSERT INTO letter (id, forloeb_id, activity_id, kind, to_cpr, to_provider_number, title, created_at, pdf)
SELECT o.id, o.forloeb_id, (o.payload ->> 'activityId')::uuid,
       CASE WHEN o.payload ->> 'recipientType' = 'PROVIDER' THEN 'DISPENSATION_APPLICATION'
            WHEN f.type IN ('DISPENSATION_REJECTION', 'TEMPORARY_CARD') THEN f.type
            ELSE 'AD_HOC' END,
       CASE WHEN o.payload ->> 'recipientType' = 'CPR' THEN o.payload ->> 'recipientId' END,
       CASE WHEN o.payload ->> 'recipientType' = 'PROVIDER' THEN o.payload ->> 'recipientId' END,
       o.payload ->> 'title', o.created_at, o.document
FROM outbox o JOIN forloeb f ON f.id = o.forloeb_id
WHERE o.kind = 'DIGITAL_POST_LETTER';

INSERT INTO letter_person (letter_id, position, cpr)
SELECT o.id, p.position, p.cpr
FROM outbox o JOIN forloeb_person p ON p.forloeb_id = o.forloeb_id
WHERE o.kind = 'DIGITAL_POST_LETTER';

INSERT INTO letter_status (letter_id, position, status, channel, at)
SELECT id, 0, 'QUEUED', 'DIGITAL_POST', created_at FROM outbox WHERE kind = 'DIGITAL_POST_LETTER';

INSERT INTO letter_status (letter_id, position, status, channel, reference, reason, at)
SELECT id, 1,
       CASE state WHEN 'CONFIRMED' THEN 'DELIVERED' WHEN 'REFUSED' THEN 'FAILED' ELSE 'WITHDRAWN' END,
       CASE WHEN state <> 'WITHDRAWN' THEN 'DIGITAL_POST' END,
       CASE WHEN state = 'CONFIRMED' THEN COALESCE(receipt, id::text) END,
       CASE WHEN state = 'REFUSED' THEN COALESCE(last_error, 'Digital Post kunne ikke aflevere brevet') END,
       closed_at
FROM outbox WHERE kind = 'DIGITAL_POST_LETTER' AND state <> 'PENDING';

UPDATE outbox
SET payload = jsonb_build_object('letterId', id, 'activityId', payload -> 'activityId',
                                 'ifNotDelivered', COALESCE(payload ->> 'ifNotDelivered', 'PHYSICAL_MAIL'))
WHERE kind = 'DIGITAL_POST_LETTER';

ALTER TABLE outbox DROP CONSTRAINT document_only_for_letters;
ALTER TABLE outbox DROP COLUMN document;

ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('LUNA_REGISTRATION', 'DIGITAL_POST_LETTER', 'PRINT_LETTER', 'CARD_SUPPLIER_ORDER', 'NETS_PAYMENT'));

-- A temporary card names its letter, which may never go through the outbox (printed by the caseworker, CARD-4).
ALTER TABLE temporary_card DROP CONSTRAINT temporary_card_letter_id_fkey;
ALTER TABLE temporary_card ADD CONSTRAINT temporary_card_letter_id_fkey
    FOREIGN KEY (letter_id) REFERENCES letter (id) DEFERRABLE INITIALLY DEFERRED;
