-- Personal data at rest (issue 14): ID numbers and phones are kept sealed (AES-256-GCM, see
-- shared.entity.PersonalData), so their columns widen to the sealed form, and an exact look-up
-- compares a blind index (HMAC-SHA-256, 64 hex digits) kept beside them. The uniqueness of a
-- petitioner's ID number moves to its index. V46 (a Java migration) seals the rows already there.
ALTER TABLE petitioner DROP CONSTRAINT uk_petitioner_id_number;
DROP INDEX ix_petitioner_name_phone;
ALTER TABLE petitioner ALTER COLUMN id_number SET DATA TYPE VARCHAR(100);
ALTER TABLE petitioner ALTER COLUMN phone SET DATA TYPE VARCHAR(100);
ALTER TABLE petitioner ADD COLUMN id_number_index VARCHAR(64);
ALTER TABLE petitioner ADD COLUMN phone_index VARCHAR(64);
ALTER TABLE petitioner ADD CONSTRAINT uk_petitioner_id_number_index UNIQUE (id_number_index);
CREATE INDEX ix_petitioner_name_phone_index ON petitioner (name, phone_index);
CREATE INDEX ix_petitioner_phone_index ON petitioner (phone_index);
ALTER TABLE petitioner_aud ALTER COLUMN id_number SET DATA TYPE VARCHAR(100);
ALTER TABLE petitioner_aud ALTER COLUMN phone SET DATA TYPE VARCHAR(100);

ALTER TABLE matter ALTER COLUMN petitioner_phone SET DATA TYPE VARCHAR(100);
ALTER TABLE matter_aud ALTER COLUMN petitioner_phone SET DATA TYPE VARCHAR(100);

DROP INDEX ix_reception_booking_person;
ALTER TABLE reception_booking ALTER COLUMN id_number SET DATA TYPE VARCHAR(100);
ALTER TABLE reception_booking ALTER COLUMN phone SET DATA TYPE VARCHAR(100);
ALTER TABLE reception_booking ADD COLUMN id_number_index VARCHAR(64);
CREATE INDEX ix_reception_booking_person ON reception_booking (session_id, id_number_index);
ALTER TABLE reception_booking_aud ALTER COLUMN id_number SET DATA TYPE VARCHAR(100);
ALTER TABLE reception_booking_aud ALTER COLUMN phone SET DATA TYPE VARCHAR(100);

ALTER TABLE reception_visit ALTER COLUMN id_number SET DATA TYPE VARCHAR(100);
ALTER TABLE reception_visit ALTER COLUMN phone SET DATA TYPE VARCHAR(100);
ALTER TABLE reception_visit_aud ALTER COLUMN id_number SET DATA TYPE VARCHAR(100);
ALTER TABLE reception_visit_aud ALTER COLUMN phone SET DATA TYPE VARCHAR(100);
