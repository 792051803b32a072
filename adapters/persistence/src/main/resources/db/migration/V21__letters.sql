-- Every letter as a record of its own (LET-1..LET-6, ADR 0029): what it is, who it is to and about, its PDF as
-- rendered once when written, and each status it has had with its time. The statuses only move forward; a letter
-- already with print is never withdrawn (LET-5).
CREATE TABLE letter (
    id                  uuid         PRIMARY KEY,
    -- deferred: a letter and its new forløb are stored together
    forloeb_id          uuid         NOT NULL REFERENCES forloeb (id) DEFERRABLE INITIALLY DEFERRED,
    activity_id         uuid         NOT NULL,
    kind                text         NOT NULL CHECK (kind IN ('DOCTOR_CHOICE_RECEIPT', 'CARD_RECEIPT', 'GROUP_CHANGE_RECEIPT',
                                                              'DISPENSATION_REJECTION', 'TEMPORARY_CARD', 'FIFTEEN_YEAR',
                                                              'DISPENSATION_APPLICATION', 'AD_HOC')),
    to_cpr              char(10),
    to_provider_number  char(6),
    title               text         NOT NULL,
    created_at          timestamptz  NOT NULL,
    pdf                 bytea        NOT NULL,
    CONSTRAINT one_addressee CHECK ((to_cpr IS NULL) <> (to_provider_number IS NULL))
);
CREATE INDEX letter_of_forloeb ON letter (forloeb_id, created_at);
CREATE INDEX letter_to_person ON letter (to_cpr) WHERE to_cpr IS NOT NULL;

-- LET-2: the persons a letter is about (a family's doctor choice: one letter naming each)
CREATE TABLE letter_person (
    letter_id  uuid      NOT NULL REFERENCES letter (id),
    position   smallint  NOT NULL,
    cpr        char(10)  NOT NULL,
    PRIMARY KEY (letter_id, position)
);
CREATE INDEX letter_person_of_cpr ON letter_person (cpr);

CREATE TABLE letter_status (
    letter_id  uuid         NOT NULL REFERENCES letter (id),
    position   smallint     NOT NULL,
    status     text         NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'DELIVERED', 'FAILED', 'WITHDRAWN')),
    channel    text         CHECK (channel IN ('DIGITAL_POST', 'PRINT')),
    reference  text,
    reason     text,
    at         timestamptz  NOT NULL,
    PRIMARY KEY (letter_id, position),
    CONSTRAINT channel_unless_withdrawn CHECK ((status = 'WITHDRAWN') = (channel IS NULL)),
    CONSTRAINT reference_when_sent CHECK ((status IN ('SENT', 'DELIVERED')) = (reference IS NOT NULL)),
    CONSTRAINT reason_when_failed CHECK ((status = 'FAILED') = (reason IS NOT NULL))
);
