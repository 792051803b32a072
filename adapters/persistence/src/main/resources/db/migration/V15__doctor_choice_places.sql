-- DOC-7: the places a choice takes at its doctor, one per person. Pending choices' places are summed for the ~160
-- practices near a person on every choice list and doctor choice; counting them through doctor_choice_person joined
-- the persons of every pending choice there (5.6 ms of PostgreSQL's time per choice list at national scale). The
-- number is fixed when the choice is made, so the choice carries it and the pending index covers it.
ALTER TABLE doctor_choice ADD COLUMN places smallint NOT NULL DEFAULT 1 CHECK (places > 0);
UPDATE doctor_choice c SET places = chosen.persons
FROM (SELECT forloeb_id, count(*) AS persons FROM doctor_choice_person GROUP BY forloeb_id HAVING count(*) > 1) chosen
WHERE c.forloeb_id = chosen.forloeb_id;
ALTER TABLE doctor_choice ALTER COLUMN places DROP DEFAULT;

DROP INDEX doctor_choice_pending;
CREATE INDEX doctor_choice_pending ON doctor_choice (provider_number) INCLUDE (places)
    WHERE state IN ('AWAITING_DISPENSATION', 'AWAITING_MOVE_EVENT', 'AWAITING_LUNA');
