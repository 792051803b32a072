-- Forløb (FORL-1): the aggregate row, its persons, activities and the append-only history of its details.
CREATE TABLE forloeb (
    id                  uuid         PRIMARY KEY,
    type                text         NOT NULL,
    municipality_code   char(3)      NOT NULL REFERENCES municipality (code),
    creator_kind        text         NOT NULL CHECK (creator_kind IN ('CASEWORKER', 'CITIZEN', 'SYSTEM')),
    creator_id          text         NOT NULL,
    main_person_cpr     char(10)     NOT NULL,
    created_at          timestamptz  NOT NULL,
    status              text         NOT NULL CHECK (status IN ('IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    closed_at           timestamptz,
    cancelled_by_kind   text,
    cancelled_by_id     text,
    triggered_by        uuid         REFERENCES forloeb (id),
    CONSTRAINT closed_when_not_in_progress CHECK ((status = 'IN_PROGRESS') = (closed_at IS NULL))
);
CREATE INDEX forloeb_main_person ON forloeb (main_person_cpr, created_at DESC);

CREATE TABLE forloeb_person (
    id          bigserial  PRIMARY KEY,
    forloeb_id  uuid       NOT NULL REFERENCES forloeb (id) ON DELETE CASCADE,
    position    integer    NOT NULL,
    cpr         char(10)   NOT NULL,
    UNIQUE (forloeb_id, position)
);
CREATE INDEX forloeb_person_cpr ON forloeb_person (cpr);

CREATE TABLE forloeb_activity (
    id              uuid         PRIMARY KEY,
    forloeb_id      uuid         NOT NULL REFERENCES forloeb (id) ON DELETE CASCADE,
    position        integer      NOT NULL,
    type            text         NOT NULL,
    state           text         NOT NULL CHECK (state IN ('OPEN', 'DONE', 'FAILED', 'CANCELLED')),
    created_at      timestamptz  NOT NULL,
    deadline        date,
    responsible     text,
    note            text,
    closed_at       timestamptz,
    closed_by_kind  text,
    closed_by_id    text,
    UNIQUE (forloeb_id, position)
);

CREATE TABLE forloeb_detail (
    id               bigserial    PRIMARY KEY,
    forloeb_id       uuid         NOT NULL REFERENCES forloeb (id) ON DELETE CASCADE,
    position         integer      NOT NULL,
    name             text         NOT NULL,
    value            text,
    changed_by_kind  text         NOT NULL,
    changed_by_id    text         NOT NULL,
    changed_at       timestamptz  NOT NULL,
    UNIQUE (forloeb_id, position)
);

-- Group registrations known to this service (GRP-4, GRP-5): made here (with their forløb) or imported from LUNA.
CREATE TABLE group_registration (
    registration_id  uuid         PRIMARY KEY,
    cpr              char(10)     NOT NULL,
    group_number     smallint     NOT NULL CHECK (group_number IN (1, 2, 4, 5, 6, 7, 8, 9)),
    valid_from       date         NOT NULL,
    registered_at    timestamptz  NOT NULL,
    forloeb_id       uuid         REFERENCES forloeb (id)
);
CREATE INDEX group_registration_cpr ON group_registration (cpr);

-- Registrations on their way to LUNA (FORL-4). The id is the idempotency key LUNA sees.
CREATE TABLE luna_outbox (
    id               uuid         PRIMARY KEY,
    forloeb_id       uuid         NOT NULL REFERENCES forloeb (id),
    kind             text         NOT NULL CHECK (kind IN ('DOCTOR_CHOICE', 'GROUP_CHANGE')),
    cpr              char(10)     NOT NULL,
    provider_number  char(6),
    group_number     smallint,
    valid_from       date         NOT NULL,
    created_at       timestamptz  NOT NULL,
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz  NOT NULL,
    delivered_at     timestamptz,
    rejected_at      timestamptz,
    last_error       text
);
CREATE INDEX luna_outbox_due ON luna_outbox (next_attempt_at) WHERE delivered_at IS NULL AND rejected_at IS NULL;
CREATE INDEX luna_outbox_forloeb ON luna_outbox (forloeb_id);

-- Idempotency-Key of a write, per caller: the forløb the first request created (claimed before it is stored).
CREATE TABLE idempotent_request (
    caller           text         NOT NULL,
    idempotency_key  text         NOT NULL,
    fingerprint      text         NOT NULL,
    forloeb_id       uuid         NOT NULL REFERENCES forloeb (id) DEFERRABLE INITIALLY DEFERRED,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, idempotency_key)
);
