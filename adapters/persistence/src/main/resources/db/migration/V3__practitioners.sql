-- The practitioner register (DOC-1, YDER-1): provider number, practice, address and position,
-- open/closed, capacity and closing limit, postcodes for which a closed practice is selectively open.
CREATE TABLE practitioner (
    provider_number             char(6)      PRIMARY KEY,
    practice_name               text         NOT NULL,
    kind                        text         NOT NULL CHECK (kind IN ('REGULAR', 'ISLAND', 'SHELTER')),
    open                        boolean      NOT NULL,
    capacity                    integer      NOT NULL CHECK (capacity >= 0),
    closing_limit               integer      NOT NULL CHECK (closing_limit >= 0 AND closing_limit <= capacity),
    registered_patients         integer      NOT NULL CHECK (registered_patients >= 0),
    selectively_open_postcodes  text[]       NOT NULL DEFAULT '{}',
    municipality_code           char(3)      NOT NULL REFERENCES municipality (code),
    street                      text         NOT NULL,
    house_number                text         NOT NULL,
    floor                       text,
    door                        text,
    postcode                    char(4)      NOT NULL,
    city                        text         NOT NULL,
    road_code                   char(4)      NOT NULL,
    address_id                  text         NOT NULL,
    latitude                    double precision,
    longitude                   double precision
);
CREATE INDEX practitioner_municipality ON practitioner (municipality_code);
CREATE INDEX practitioner_practice_name ON practitioner (lower(practice_name));
