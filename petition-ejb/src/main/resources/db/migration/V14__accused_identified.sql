-- 2022 Art 30 whatever the channel (issue 9, item 1): whether the bureau has identified whom an
-- accusation accuses. Until then an accusation is seen by the bureau only. Existing accusations
-- that name an accused unit, or that were decided already, count as identified (they were
-- handled under the earlier rule). H2 (PostgreSQL mode) and PostgreSQL.

ALTER TABLE matter ADD COLUMN accused_identified BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE matter_aud ADD COLUMN accused_identified BOOLEAN;

UPDATE matter SET accused_identified = TRUE
    WHERE kind = 'ACCUSATION' AND (accused_unit_id IS NOT NULL OR state <> 'REGISTERED');
UPDATE matter_aud SET accused_identified = (SELECT m.accused_identified FROM matter m WHERE m.id = matter_aud.id);
