-- LET-7: the longest period, both ends counted, that one look-up of a person's regional letters at LUNA covers; a
-- global business parameter (CFG-1, ADR 0015), changed at run time like the others. 366 days: a leap year.
ALTER TABLE global_configuration
    ADD COLUMN regional_letter_period_max_days integer NOT NULL DEFAULT 366
        CHECK (regional_letter_period_max_days BETWEEN 1 AND 3650);
