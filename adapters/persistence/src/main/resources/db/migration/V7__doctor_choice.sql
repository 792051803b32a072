-- A doctor choice (DOC-2..DOC-9): one per DOCTOR_CHOICE forløb, for one or more persons, each with their consent.
CREATE TABLE doctor_choice (
    forloeb_id               uuid         PRIMARY KEY REFERENCES forloeb (id),
    municipality_code        char(3)      NOT NULL,
    provider_number          char(6)      NOT NULL,
    valid_from               date         NOT NULL,
    reason                   text         NOT NULL,
    forced                   boolean      NOT NULL,
    created_on               date         NOT NULL,
    state                    text         NOT NULL CHECK (state IN ('AWAITING_DISPENSATION', 'AWAITING_MOVE_EVENT',
                                              'AWAITING_LUNA', 'IN_EFFECT', 'REJECTED', 'CANCELLED')),
    dispensation_answer_by   date,
    state_changed_at         timestamptz,
    decided_by_kind          text,
    decided_by_id            text,
    rejected_silently        boolean,
    CONSTRAINT answer_date_while_awaiting_dispensation
        CHECK ((state = 'AWAITING_DISPENSATION') = (dispensation_answer_by IS NOT NULL))
);
-- Pending choices hold places at their doctor (DOC-7): counted per practitioner on every choice and choice list.
CREATE INDEX doctor_choice_pending ON doctor_choice (provider_number)
    WHERE state IN ('AWAITING_DISPENSATION', 'AWAITING_MOVE_EVENT', 'AWAITING_LUNA');

CREATE TABLE doctor_choice_person (
    id                 bigserial PRIMARY KEY,
    forloeb_id         uuid      NOT NULL REFERENCES doctor_choice (forloeb_id) ON DELETE CASCADE,
    position           integer   NOT NULL,
    cpr                char(10)  NOT NULL,
    consent            text      NOT NULL CHECK (consent IN ('YES', 'NO', 'DONT_KNOW')),
    basis_verdict      text      NOT NULL,
    basis_rule         text      NOT NULL,
    basis_reason       text      NOT NULL,
    UNIQUE (forloeb_id, position)
);
CREATE INDEX doctor_choice_person_cpr ON doctor_choice_person (cpr);
