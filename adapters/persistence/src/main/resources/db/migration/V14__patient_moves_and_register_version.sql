-- DOC-7: which persons a practice's count of patients must look at again. A practice's count is LUNA's count plus the
-- persons whose registrations changed since it; finding those by scanning every registration recorded since the
-- count made every read slower with every choice of the day. This table is the index of them: one row per practice
-- and person whose registrations name the practice, with the newest recording and the latest valid-from of the
-- person's registrations. A count reads its practice's rows recorded after its mark or taking effect after its day;
-- the rows a practice's count includes are deleted when the register is next read from LUNA (INT-1).
CREATE TABLE patient_move (
    provider_number  char(6)   NOT NULL,
    cpr              char(10)  NOT NULL,
    recorded         bigint    NOT NULL,
    takes_effect     date      NOT NULL,
    PRIMARY KEY (provider_number, cpr)
);

-- Every registration of the person names the practices concerned: the new doctor takes a place, the old one frees it.
CREATE FUNCTION record_patient_moves(person char(10)) RETURNS void LANGUAGE sql AS $$
    INSERT INTO patient_move (provider_number, cpr, recorded, takes_effect)
    SELECT named.provider_number, person, newest.recorded, newest.takes_effect
    FROM (SELECT DISTINCT provider_number FROM registration WHERE cpr = person AND provider_number IS NOT NULL) named,
         (SELECT max(recorded) AS recorded, max(valid_from) AS takes_effect FROM registration WHERE cpr = person) newest
    ON CONFLICT (provider_number, cpr) DO UPDATE
        SET recorded = GREATEST(patient_move.recorded, EXCLUDED.recorded),
            takes_effect = GREATEST(patient_move.takes_effect, EXCLUDED.takes_effect)
$$;

-- A trigger, so that every writer of registrations keeps the index right in the same transaction.
CREATE FUNCTION registration_recorded_moves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM record_patient_moves(NEW.cpr);
    RETURN NULL;
END
$$;
CREATE TRIGGER registration_patient_moves AFTER INSERT ON registration
    FOR EACH ROW EXECUTE FUNCTION registration_recorded_moves();

-- The persons already changed since some practice's count: those recorded after the oldest mark or taking effect
-- after the oldest count day.
SELECT record_patient_moves(changed.cpr)
FROM (SELECT DISTINCT cpr FROM registration
      WHERE recorded > (SELECT COALESCE(min(patients_counted_after), 0) FROM practitioner)
         OR valid_from > (SELECT COALESCE(min(patients_counted_on), CURRENT_DATE) FROM practitioner)) changed;

-- The register's version: each instance holds the practitioners open to choices in memory (they change once a day,
-- INT-1, and some 160 of them are read for every choice list and doctor choice) and reads them again when the version
-- has moved. A statement trigger moves it on every change to practitioner, by whoever makes it, in the same
-- transaction, so an instance never sees the new version before the change.
CREATE TABLE practitioner_register (
    version  bigint  NOT NULL
);
INSERT INTO practitioner_register (version) VALUES (1);
CREATE UNIQUE INDEX practitioner_register_one_row ON practitioner_register ((true));

CREATE FUNCTION practitioner_register_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE practitioner_register SET version = version + 1;
    RETURN NULL;
END
$$;
CREATE TRIGGER practitioner_register_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON practitioner
    FOR EACH STATEMENT EXECUTE FUNCTION practitioner_register_changed();
