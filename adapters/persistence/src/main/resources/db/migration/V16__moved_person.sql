-- DOC-7: each instance keeps a copy of the moved persons' registrations (MovedPersonsInMemory), so that a count reads
-- again only the persons whose registrations changed since it last looked. moved_person says how many registrations
-- each person in patient_move has: registrations are only ever added, so that number identifies the person's set,
-- and a copy holding as many is the same set. The number is kept by adding one per registration recorded, on one
-- row per person: a concurrent recording of the same person waits for the row and adds to what that one committed,
-- so the number is exact without counting again (a count inside a transaction would not see the other one).
CREATE TABLE moved_person (
    cpr            char(10)  PRIMARY KEY,
    registrations  integer   NOT NULL CHECK (registrations > 0)
);

CREATE OR REPLACE FUNCTION record_patient_moves(person char(10), just_recorded bigint) RETURNS void LANGUAGE sql AS $$
    -- the first row counts what is there up to this registration; every later one adds itself
    INSERT INTO moved_person (cpr, registrations)
    VALUES (person, (SELECT count(*) FROM registration WHERE cpr = person AND recorded <= just_recorded))
    ON CONFLICT (cpr) DO UPDATE SET registrations = moved_person.registrations + 1;

    INSERT INTO patient_move (provider_number, cpr, recorded, takes_effect)
    SELECT named.provider_number, person, newest.recorded, newest.takes_effect
    FROM (SELECT DISTINCT provider_number FROM registration WHERE cpr = person AND provider_number IS NOT NULL) named,
         (SELECT max(recorded) AS recorded, max(valid_from) AS takes_effect FROM registration WHERE cpr = person) newest
    ON CONFLICT (provider_number, cpr) DO UPDATE
        SET recorded = GREATEST(patient_move.recorded, EXCLUDED.recorded),
            takes_effect = GREATEST(patient_move.takes_effect, EXCLUDED.takes_effect)
$$;

CREATE OR REPLACE FUNCTION registration_recorded_moves() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM record_patient_moves(NEW.cpr, NEW.recorded);
    RETURN NULL;
END
$$;
DROP FUNCTION record_patient_moves(char);

-- The persons changed since some practice's count, as a loader calls it after a COPY made with the trigger disabled.
CREATE FUNCTION record_moves_since_counts() RETURNS void LANGUAGE sql AS $$
    DELETE FROM patient_move;
    DELETE FROM moved_person;
    SELECT record_patient_moves(changed.cpr, changed.recorded)
    FROM (SELECT cpr, max(recorded) AS recorded FROM registration
          WHERE recorded > (SELECT COALESCE(min(patients_counted_after), 0) FROM practitioner)
             OR valid_from > (SELECT COALESCE(min(patients_counted_on), CURRENT_DATE) FROM practitioner)
          GROUP BY cpr) changed;
$$;
SELECT record_moves_since_counts();
