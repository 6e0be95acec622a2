-- One open 督办 notice per matter, also under a race (issue 14, races): two officers (or an officer
-- and the deadline watch's automatic 催办) issuing at the same moment both passed the check for an
-- open notice before either committed. open_matter_id holds the matter's id while the notice is
-- open (neither CLOSED nor ESCALATED), NULL otherwise; both databases allow many NULLs in a unique index.
ALTER TABLE supervision_notice ADD COLUMN open_matter_id BIGINT;

-- the newest open notice of each matter is its open one (an older duplicate, if a race left one, stays unmarked)
UPDATE supervision_notice SET open_matter_id = matter_id
 WHERE status NOT IN ('CLOSED', 'ESCALATED')
   AND id IN (SELECT MAX(id) FROM supervision_notice WHERE status NOT IN ('CLOSED', 'ESCALATED') GROUP BY matter_id);

CREATE UNIQUE INDEX uq_supervision_open_notice ON supervision_notice (open_matter_id);
