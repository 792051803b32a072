-- CARD-11: the marriages and name changes CPR reported, so that the second of a pair, whichever it is, decides whether
-- the name change orders a free card.
CREATE TABLE cpr_card_event (
    cpr           char(10)     NOT NULL,
    kind          text         NOT NULL CHECK (kind IN ('MARRIAGE', 'NAME_CHANGE')),
    occurred_on   date         NOT NULL,
    card_ordered  boolean      NOT NULL DEFAULT false,
    recorded_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (cpr, kind, occurred_on)
);
