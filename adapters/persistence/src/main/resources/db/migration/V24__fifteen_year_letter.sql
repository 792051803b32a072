-- DOC-17: the letter about a free doctor choice, sent once per person 21 days (the configured delay) after the 15th
-- birthday by a daily job (ADR 0033).

-- How many days, today included, the daily run looks back for persons due, so that a missed run (the service down
-- over a weekend) or a letter that failed is caught up; a global business parameter (CFG-1, ADR 0015).
ALTER TABLE global_configuration
    ADD COLUMN fifteen_year_letter_catch_up_days integer NOT NULL DEFAULT 14
        CHECK (fifteen_year_letter_catch_up_days BETWEEN 1 AND 366);

-- Each person's 15-year letter, once: the row is inserted in the transaction that starts the letter's forløb, so a
-- second run, a second instance or a retry after a crash finds it and sends nothing. A person whose letter LET-3 holds
-- back has a row too: they were dealt with. The forløb's row is written later in the same transaction.
CREATE TABLE fifteen_year_letter (
    cpr          char(10)     PRIMARY KEY,
    forloeb_id   uuid         NOT NULL UNIQUE REFERENCES forloeb (id) DEFERRABLE INITIALLY DEFERRED,
    due_on       date         NOT NULL,
    recorded_at  timestamptz  NOT NULL
);
