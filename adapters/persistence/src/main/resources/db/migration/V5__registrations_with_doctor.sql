-- Doctor choices and group changes share one history (GRP-5: for one date the newest registration counts),
-- so the group registrations become registrations, with the doctor of a doctor choice.
ALTER TABLE group_registration RENAME TO registration;
ALTER TABLE registration RENAME CONSTRAINT group_registration_pkey TO registration_pkey;
ALTER INDEX group_registration_cpr RENAME TO registration_cpr;
ALTER TABLE registration ADD COLUMN provider_number char(6);
ALTER TABLE registration ADD CONSTRAINT doctor_only_in_group_1 CHECK (provider_number IS NULL OR group_number = 1);
