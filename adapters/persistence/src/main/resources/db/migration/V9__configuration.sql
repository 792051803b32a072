-- Configuration (CFG-1, CFG-2, CFG-3, ADR 0015): the business parameters as typed columns, changed at run time by
-- administrators and read on every request, so that a change holds at once on every instance without a restart.
-- The values inserted here are the rules' (RULES.md) and the national defaults of a municipality that has set
-- nothing; from now on they change only through the API, audited in configuration_change.

-- The global configuration, for all 98 municipalities: exactly one row.
CREATE TABLE global_configuration (
    id                              boolean          PRIMARY KEY DEFAULT true CHECK (id),
    distance_limit_km               double precision NOT NULL CHECK (distance_limit_km > 0 AND distance_limit_km <= 100),
    consent_period_days             integer          NOT NULL CHECK (consent_period_days BETWEEN 0 AND 3650),
    dispensation_answer_days        integer          NOT NULL CHECK (dispensation_answer_days BETWEEN 0 AND 3650),
    card_pre_order_days             integer          NOT NULL CHECK (card_pre_order_days BETWEEN 0 AND 3650),
    address_change_card_delay_days  integer          NOT NULL CHECK (address_change_card_delay_days BETWEEN 0 AND 3650),
    fifteen_year_letter_delay_days  integer          NOT NULL CHECK (fifteen_year_letter_delay_days BETWEEN 0 AND 3650),
    vulnerable_birth_window_days    integer          NOT NULL CHECK (vulnerable_birth_window_days BETWEEN 0 AND 3650),
    card_fee_base_kroner            numeric(7, 2)    NOT NULL CHECK (card_fee_base_kroner > 0),
    card_fee_base_year              integer          NOT NULL,
    citizen_days_back               integer          NOT NULL CHECK (citizen_days_back BETWEEN 0 AND 3650),
    citizen_days_ahead              integer          NOT NULL CHECK (citizen_days_ahead BETWEEN 0 AND 3650),
    caseworker_days_back            integer          NOT NULL CHECK (caseworker_days_back BETWEEN 0 AND 3650),
    caseworker_days_ahead           integer          NOT NULL CHECK (caseworker_days_ahead BETWEEN 0 AND 3650),
    special_rights_days_back        integer          NOT NULL CHECK (special_rights_days_back BETWEEN 0 AND 3650),
    special_rights_days_ahead       integer          NOT NULL CHECK (special_rights_days_ahead BETWEEN 0 AND 3650)
);
INSERT INTO global_configuration (distance_limit_km, consent_period_days, dispensation_answer_days, card_pre_order_days,
    address_change_card_delay_days, fifteen_year_letter_delay_days, vulnerable_birth_window_days, card_fee_base_kroner,
    card_fee_base_year, citizen_days_back, citizen_days_ahead, caseworker_days_back, caseworker_days_ahead,
    special_rights_days_back, special_rights_days_ahead)
VALUES (15, 8, 14, 14, 3, 21, 1, 190, 2015, 0, 30, 14, 30, 365, 365);

-- TASK-4: the deadline of each task type. A new task type in the code needs its row here (a migration), or the
-- configuration cannot be read.
CREATE TABLE task_deadline (
    task_type  text     PRIMARY KEY,
    days       integer  NOT NULL CHECK (days BETWEEN 0 AND 3650)
);
INSERT INTO task_deadline (task_type, days) VALUES
    ('AUTOMATIC_ASSIGNMENT_FAILED', 14),
    ('MISSING_DOCTOR_CHOICE', 14),
    ('LUNA_REFUSAL', 14),
    ('LETTER_NOT_DELIVERED', 14),
    ('MASS_ASSIGNMENT', 14),
    ('PRACTICE_EVENT', 14),
    ('CPR_EVENT', 14),
    ('VULNERABLE_BIRTH', 14);

-- CARD-3: the rate-adjustment percentage of each year after the base year; a year not listed is not adjusted.
CREATE TABLE card_fee_adjustment (
    year     integer       PRIMARY KEY,
    percent  numeric(5, 2) NOT NULL CHECK (percent > -100 AND percent <= 100)
);

-- CFG-2: one row per municipality, starting with the national defaults.
CREATE TABLE local_configuration (
    municipality_code          char(3)  PRIMARY KEY REFERENCES municipality (code),
    ad_hoc_task_deadline_days  integer  NOT NULL CHECK (ad_hoc_task_deadline_days BETWEEN 0 AND 3650),
    payment_channels           text[]   NOT NULL DEFAULT '{}',
    high_road_codes            text[]   NOT NULL DEFAULT '{}' CHECK (cardinality(high_road_codes) <= 25),
    print_supplier_name        text,
    print_shipment_type_id     text,
    print_sender_system_id     text,
    nets_key_reference         text,
    session_timeout_minutes    integer  NOT NULL CHECK (session_timeout_minutes BETWEEN 5 AND 1440),
    CONSTRAINT remote_print_supplier_complete CHECK (
        (print_supplier_name IS NULL) = (print_shipment_type_id IS NULL)
        AND (print_supplier_name IS NULL) = (print_sender_system_id IS NULL))
);
INSERT INTO local_configuration (municipality_code, ad_hoc_task_deadline_days, session_timeout_minutes)
SELECT code, 14, 480 FROM municipality;

-- CFG-3: every change of a setting, who made it and when, with the value before and after. Appended, never changed.
CREATE TABLE configuration_change (
    id                 bigserial    PRIMARY KEY,
    changed_at         timestamptz  NOT NULL,
    actor_role         text         NOT NULL,
    actor_id           text         NOT NULL,
    municipality_code  char(3)      REFERENCES municipality (code),  -- the local configuration changed; null: global
    setting            text         NOT NULL,
    old_value          text,
    new_value          text
);
CREATE INDEX configuration_change_time ON configuration_change (changed_at DESC);
CREATE INDEX configuration_change_municipality ON configuration_change (municipality_code, changed_at DESC);

-- DOC-5: the last day a "don't know" can be settled is fixed when the choice is made (the consent period then in
-- force); choices made before this migration had the 8 days of the rule.
ALTER TABLE doctor_choice_person ADD COLUMN consent_settle_by date;
UPDATE doctor_choice_person p SET consent_settle_by = c.created_on + 8
FROM doctor_choice c WHERE c.forloeb_id = p.forloeb_id AND p.consent = 'DONT_KNOW';
ALTER TABLE doctor_choice_person ADD CONSTRAINT settle_by_with_dont_know
    CHECK ((consent = 'DONT_KNOW') = (consent_settle_by IS NOT NULL));
