-- The duty roster's phones (值班 members' mobile numbers) are personal data too: sealed like the
-- petitioners' (AES-256-GCM, PersonalDataConverter), so the columns take the sealed form. V60_1 seals
-- the rows already stored.
ALTER TABLE reception_duty_member ALTER COLUMN phone SET DATA TYPE VARCHAR(100);
ALTER TABLE reception_duty_member_aud ALTER COLUMN phone SET DATA TYPE VARCHAR(100);
