-- The petitioner's name, phone and address as each matter was registered with them (issue 14,
-- item 10): a later registration with the same ID number updates the shared petitioner record,
-- and the older matters and their notices must keep what they recorded. H2 (PostgreSQL mode) and
-- PostgreSQL.

ALTER TABLE matter ADD COLUMN petitioner_name VARCHAR(50);
ALTER TABLE matter ADD COLUMN petitioner_phone VARCHAR(20);
ALTER TABLE matter ADD COLUMN petitioner_address VARCHAR(200);

ALTER TABLE matter_aud ADD COLUMN petitioner_name VARCHAR(50);
ALTER TABLE matter_aud ADD COLUMN petitioner_phone VARCHAR(20);
ALTER TABLE matter_aud ADD COLUMN petitioner_address VARCHAR(200);

-- Existing matters: the petitioner as the change history had them in the revision that registered
-- the matter (the registration and the update of the petitioner are one transaction, one revision).
ALTER TABLE matter ADD COLUMN registered_rev BIGINT;
UPDATE matter SET registered_rev = (SELECT MAX(pa.rev) FROM petitioner_aud pa WHERE pa.id = matter.petitioner_id
        AND pa.rev <= (SELECT MIN(ma.rev) FROM matter_aud ma WHERE ma.id = matter.id));
UPDATE matter SET
    petitioner_name = (SELECT pa.name FROM petitioner_aud pa WHERE pa.id = matter.petitioner_id AND pa.rev = matter.registered_rev),
    petitioner_phone = (SELECT pa.phone FROM petitioner_aud pa WHERE pa.id = matter.petitioner_id AND pa.rev = matter.registered_rev),
    petitioner_address = (SELECT pa.address FROM petitioner_aud pa WHERE pa.id = matter.petitioner_id AND pa.rev = matter.registered_rev)
    WHERE registered_rev IS NOT NULL;
-- without a history (rows written outside the application): the record as it is now
UPDATE matter SET
    petitioner_name = (SELECT p.name FROM petitioner p WHERE p.id = matter.petitioner_id),
    petitioner_phone = (SELECT p.phone FROM petitioner p WHERE p.id = matter.petitioner_id),
    petitioner_address = (SELECT p.address FROM petitioner p WHERE p.id = matter.petitioner_id)
    WHERE petitioner_name IS NULL;
ALTER TABLE matter DROP COLUMN registered_rev;
ALTER TABLE matter ALTER COLUMN petitioner_name SET NOT NULL;

-- the history of each matter shows the values it has had from its registration on
UPDATE matter_aud SET
    petitioner_name = (SELECT m.petitioner_name FROM matter m WHERE m.id = matter_aud.id),
    petitioner_phone = (SELECT m.petitioner_phone FROM matter m WHERE m.id = matter_aud.id),
    petitioner_address = (SELECT m.petitioner_address FROM matter m WHERE m.id = matter_aud.id);
