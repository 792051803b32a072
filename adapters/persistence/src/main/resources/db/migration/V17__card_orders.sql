-- Health-card orders (CARD-1, CARD-2, CARD-3, CARD-9), the card supplier's reports on them, and the citizens' card
-- payments through Nets (PAY-1, CARD-12) with Nets's webhook events.

-- One row per person's card. The card (what it shows), where it goes and its fee are fixed when it is made; only
-- its state changes after. An order is never deleted (CARD-9).
CREATE TABLE card_order (
    id                     uuid          PRIMARY KEY,
    -- the card-order forløb, or the forløb that caused the order; deferred: an order and a new forløb are stored together
    forloeb_id             uuid          NOT NULL REFERENCES forloeb (id) DEFERRABLE INITIALLY DEFERRED,
    activity_id            uuid          NOT NULL,
    cpr                    char(10)      NOT NULL,
    municipality_code      char(3)       NOT NULL REFERENCES municipality (code),
    reason                 text          NOT NULL,
    explicit               boolean       NOT NULL,
    ordered_by_kind        text          NOT NULL CHECK (ordered_by_kind IN ('CASEWORKER', 'CITIZEN', 'SYSTEM')),
    ordered_by_id          text          NOT NULL,
    created_at             timestamptz   NOT NULL,
    card_name              text          NOT NULL,
    card_address           text          NOT NULL,
    card_group             smallint      NOT NULL CHECK (card_group IN (1, 2, 6)),
    card_provider_number   char(6),
    card_practice_name     text,
    card_practice_address  text,
    card_valid_from        date          NOT NULL,
    delivery               text          NOT NULL CHECK (delivery IN ('ADDRESS', 'UNKNOWN_ADDRESS')),
    fee_decision           text          NOT NULL CHECK (fee_decision IN ('CHARGED', 'EXEMPT', 'NOT_THE_PERSONS_DOING')),
    fee_kroner             numeric(9, 2) NOT NULL CHECK (fee_kroner >= 0),
    fee_exemption          text,
    payment                text          NOT NULL CHECK (payment IN ('FREE', 'AT_MUNICIPALITY', 'BY_PAYMENT_CARD')),
    payment_channel        text,
    payment_id             uuid,
    state                  text          NOT NULL CHECK (state IN ('AWAITING_PAYMENT', 'WAITING_TO_ORDER', 'ORDERED', 'AT_SUPPLIER', 'DRAWN',
                                                                   'DISPATCHED', 'CANCELLED', 'REFUSED_BY_SUPPLIER', 'NOT_ORDERED')),
    order_on               date,
    state_at               timestamptz,
    state_by_kind          text,
    state_by_id            text,
    supplier_reference     text,
    supplier_refusal       text,
    not_ordered_because    text,
    CONSTRAINT doctor_with_provider CHECK ((card_provider_number IS NULL) = (card_practice_name IS NULL)),
    CONSTRAINT group_one_with_doctor CHECK (card_group <> 1 OR card_provider_number IS NOT NULL),
    CONSTRAINT exemption_when_exempt CHECK ((fee_decision = 'EXEMPT') = (fee_exemption IS NOT NULL)),
    CONSTRAINT charged_when_paid CHECK ((fee_decision = 'CHARGED') = (payment <> 'FREE')),
    CONSTRAINT payment_id_by_payment_card CHECK ((payment = 'BY_PAYMENT_CARD') = (payment_id IS NOT NULL))
);
CREATE INDEX card_order_of_forloeb ON card_order (forloeb_id);
-- a person's orders, newest first (CARD-8, "Mine sager", DOC-10)
CREATE INDEX card_order_of_person ON card_order (cpr, created_at DESC);
-- AUD-2: a municipality's orders of a period
CREATE INDEX card_order_of_municipality ON card_order (municipality_code, created_at);

-- The supplier's reports, each taken once: a report delivered again finds its id here and changes nothing.
CREATE TABLE card_supplier_report (
    report_id      uuid         PRIMARY KEY,
    card_order_id  uuid         NOT NULL REFERENCES card_order (id),
    status         text         NOT NULL CHECK (status IN ('DRAWN', 'DISPATCHED')),
    occurred_at    timestamptz  NOT NULL,
    received_at    timestamptz  NOT NULL
);
CREATE INDEX card_supplier_report_of_order ON card_supplier_report (card_order_id);

-- A citizen's payment by payment card for the cards of one forløb: one item per person (DOC-12).
CREATE TABLE payment (
    id                 uuid         PRIMARY KEY,
    forloeb_id         uuid         NOT NULL UNIQUE REFERENCES forloeb (id) DEFERRABLE INITIALLY DEFERRED,
    municipality_code  char(3)      NOT NULL REFERENCES municipality (code),
    payer_cpr          char(10)     NOT NULL,
    key_reference      text         NOT NULL,
    created_at         timestamptz  NOT NULL,
    state              text         NOT NULL CHECK (state IN ('CREATING', 'AWAITING_CHECKOUT', 'RESERVED', 'CHECKOUT_FAILED', 'RELEASED')),
    nets_payment_id    text         UNIQUE,
    checkout_url       text,
    state_at           timestamptz,
    CONSTRAINT nets_id_once_created CHECK ((state = 'CREATING') = (nets_payment_id IS NULL))
);
CREATE TABLE payment_item (
    payment_id  uuid          NOT NULL REFERENCES payment (id),
    position    smallint      NOT NULL,
    cpr         char(10)      NOT NULL,
    kroner      numeric(9, 2) NOT NULL CHECK (kroner > 0),
    status      text          NOT NULL CHECK (status IN ('OPEN', 'CHARGED', 'RELEASED')),
    charge_id   text,
    closed_at   timestamptz,
    PRIMARY KEY (payment_id, position),
    UNIQUE (payment_id, cpr),
    CONSTRAINT charge_when_charged CHECK ((status = 'CHARGED') = (charge_id IS NOT NULL))
);
-- Nets's webhook events, each taken once: an event delivered again finds its id here and changes nothing.
CREATE TABLE nets_webhook_event (
    event_id         text         PRIMARY KEY,
    event_name       text         NOT NULL,
    nets_payment_id  text         NOT NULL,
    received_at      timestamptz  NOT NULL
);

ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('LUNA_REGISTRATION', 'DIGITAL_POST_LETTER', 'CARD_SUPPLIER_ORDER', 'NETS_PAYMENT'));

-- TASK-4: the card supplier refused to make a card; a caseworker looks at it.
INSERT INTO task_deadline (task_type, days) VALUES ('CARD_NOT_MADE', 14);

-- A new card-order forløb is stored with its orders and their records for the supplier and Nets, in one transaction,
-- after them: the reference is checked at commit, as card_order's is.
ALTER TABLE outbox ALTER CONSTRAINT outbox_forloeb_id_fkey DEFERRABLE INITIALLY DEFERRED;
