-- Reference data: the 98 municipalities (rows in V2).
CREATE TABLE municipality (
    code  char(3)  PRIMARY KEY,
    name  text     NOT NULL
);

-- This service's own copy of CPR (PER-1). Gender and birth date follow from the CPR number.
-- An inactive person keeps the last known address, which is never shown (PER-3).
CREATE TABLE person (
    cpr                        char(10)     PRIMARY KEY,
    name                       text         NOT NULL,
    cpr_status                 text         NOT NULL CHECK (cpr_status IN ('ACTIVE', 'INACTIVE')),
    civil_status               text         NOT NULL,
    name_address_protected     boolean      NOT NULL DEFAULT false,
    supplementary_address      text,
    street                     text,
    house_number               text,
    floor                      text,
    door                       text,
    postcode                   char(4),
    city                       text,
    road_code                  char(4),
    municipality_code          char(3)      REFERENCES municipality (code),
    address_id                 text,
    latitude                   double precision,
    longitude                  double precision,
    updated_at                 timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT active_person_has_address CHECK (cpr_status = 'INACTIVE' OR address_id IS NOT NULL)
);
CREATE INDEX person_address_id ON person (address_id);
CREATE INDEX person_municipality_code ON person (municipality_code);

-- CPR relations: CUSTODY (holder has custody of subject), GUARDIANSHIP (holder is guardian of subject),
-- SPOUSE (symmetric, stored once).
CREATE TABLE person_relation (
    id            bigserial   PRIMARY KEY,
    type          text        NOT NULL CHECK (type IN ('CUSTODY', 'GUARDIANSHIP', 'SPOUSE')),
    holder_cpr    char(10)    NOT NULL REFERENCES person (cpr),
    subject_cpr   char(10)    NOT NULL REFERENCES person (cpr),
    CONSTRAINT relation_once UNIQUE (type, holder_cpr, subject_cpr),
    CONSTRAINT relation_between_two CHECK (holder_cpr <> subject_cpr)
);
CREATE INDEX person_relation_holder ON person_relation (holder_cpr);
CREATE INDEX person_relation_subject ON person_relation (subject_cpr);

-- Caseworkers' and administrators' use (AUD-1). Append-only; extracted per municipality and period.
CREATE TABLE audit_log (
    id                 bigserial    PRIMARY KEY,
    occurred_at        timestamptz  NOT NULL,
    actor_role         text         NOT NULL,
    actor_id           text         NOT NULL,
    municipality_code  char(3)      NOT NULL,
    action             text         NOT NULL,
    subject_type       text         NOT NULL,
    subject_id         text         NOT NULL
);
CREATE INDEX audit_log_municipality_time ON audit_log (municipality_code, occurred_at);
