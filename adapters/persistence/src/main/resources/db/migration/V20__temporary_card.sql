-- Temporary health cards (CARD-4): one per TEMPORARY_CARD forløb, as issued. Nothing changes after; where its letter
-- is, the forløb's SEND_LETTER activity says, and the PDF sent (and printed) is the letter's document in the outbox
-- (ADR 0028).
CREATE TABLE temporary_card (
    -- deferred: the card and its new forløb are stored together
    forloeb_id             uuid         PRIMARY KEY REFERENCES forloeb (id) DEFERRABLE INITIALLY DEFERRED,
    -- the issuing caseworker's municipality (ROLE-2), which prints it
    municipality_code      char(3)      NOT NULL REFERENCES municipality (code),
    cpr                    char(10)     NOT NULL,
    issued_by              text         NOT NULL,
    issued_at              timestamptz  NOT NULL,
    letter_id              uuid         NOT NULL UNIQUE REFERENCES outbox (id) DEFERRABLE INITIALLY DEFERRED,
    card_name              text         NOT NULL,
    card_address           text         NOT NULL,
    card_group             smallint     NOT NULL CHECK (card_group IN (1, 2, 6)),
    card_provider_number   char(6),
    card_practice_name     text,
    card_practice_address  text,
    card_valid_from        date         NOT NULL,
    CONSTRAINT doctor_with_provider CHECK ((card_provider_number IS NULL) = (card_practice_name IS NULL)
        AND (card_provider_number IS NULL) = (card_practice_address IS NULL)),
    CONSTRAINT group_one_with_doctor CHECK (card_group <> 1 OR card_provider_number IS NOT NULL)
);
-- a person's temporary cards, and AUD-2's per municipality and period
CREATE INDEX temporary_card_of_person ON temporary_card (cpr, issued_at DESC);
CREATE INDEX temporary_card_of_municipality ON temporary_card (municipality_code, issued_at);
