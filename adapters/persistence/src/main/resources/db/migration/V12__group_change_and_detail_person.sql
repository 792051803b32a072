-- A group change (GRP-1..GRP-5, DOC-9) is an aggregate of its own, one per GROUP_CHANGE forløb: its state was read
-- back from the forløb's details until now. The details stay the record of what was asked (FORL-1).
CREATE TABLE group_change (
    forloeb_id        uuid         PRIMARY KEY REFERENCES forloeb (id),
    cpr               char(10)     NOT NULL,
    group_number      smallint     NOT NULL CHECK (group_number IN (1, 2, 4, 5, 6, 7, 8, 9)),
    valid_from        date         NOT NULL,
    state             text         NOT NULL CHECK (state IN ('AWAITING_LUNA', 'REGISTERED', 'REFUSED_BY_LUNA', 'CANCELLED')),
    state_changed_at  timestamptz  NOT NULL,
    luna_refusal      text,
    CONSTRAINT refusal_reason_when_refused CHECK ((state = 'REFUSED_BY_LUNA') = (luna_refusal IS NOT NULL))
);
-- GRP-6 asks on every doctor choice whether a change to group 1 is on its way for the person.
CREATE INDEX group_change_on_its_way ON group_change (cpr) WHERE state = 'AWAITING_LUNA';

-- The group changes made so far, from their forløb: the last value of each detail, the state from the forløb.
INSERT INTO group_change (forloeb_id, cpr, group_number, valid_from, state, state_changed_at, luna_refusal)
SELECT f.id, f.main_person_cpr,
       (SELECT d.value FROM forloeb_detail d WHERE d.forloeb_id = f.id AND d.name = 'sikringsgruppe'
         ORDER BY d.position DESC LIMIT 1)::smallint,
       (SELECT d.value FROM forloeb_detail d WHERE d.forloeb_id = f.id AND d.name = 'gyldigFra'
         ORDER BY d.position DESC LIMIT 1)::date,
       CASE
           WHEN f.status = 'CANCELLED' THEN 'CANCELLED'
           WHEN a.state = 'FAILED' THEN 'REFUSED_BY_LUNA'
           WHEN a.state = 'OPEN' THEN 'AWAITING_LUNA'
           ELSE 'REGISTERED'
       END,
       COALESCE(a.closed_at, f.closed_at, f.created_at),
       CASE WHEN f.status <> 'CANCELLED' AND a.state = 'FAILED' THEN COALESCE(a.note, 'LUNA afviste') END
FROM forloeb f
LEFT JOIN LATERAL (SELECT * FROM forloeb_activity x WHERE x.forloeb_id = f.id AND x.type = 'AWAIT_LUNA'
                   ORDER BY x.position DESC LIMIT 1) a ON true
WHERE f.type = 'GROUP_CHANGE';

-- A detail about one of the forløb's persons names the person in a column, not in the detail's name.
ALTER TABLE forloeb_detail ADD COLUMN cpr char(10);
UPDATE forloeb_detail SET cpr = substr(name, strpos(name, ':') + 1), name = split_part(name, ':', 1)
WHERE name ~ '^[a-zæøå]+:[0-9]{10}$';
