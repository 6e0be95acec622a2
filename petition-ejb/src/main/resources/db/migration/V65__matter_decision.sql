-- Statistics at a million matters (issue 10): the acceptance decision of a matter and its instant on
-- the matter row, the same as its timeline event's. A matter is decided once (only a registered
-- matter can be), so these are its first decision, which every outcome figure (accepted, refused,
-- statutory, forwarded, undecided at a cut-off) and the backlog, overdue and reply figures read;
-- until now each read it with correlated subqueries on matter_event, per matter and per figure.
-- H2 (PostgreSQL mode) and PostgreSQL.

ALTER TABLE matter ADD COLUMN decision VARCHAR(20);
ALTER TABLE matter ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE matter_aud ADD COLUMN decision VARCHAR(20);
ALTER TABLE matter_aud ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;

UPDATE matter SET decided_at = (SELECT MIN(e.at) FROM matter_event e WHERE e.matter_id = matter.id
                                AND e.type IN ('ACCEPT', 'REFUSE', 'REFER_STATUTORY', 'FORWARD_ACCUSATION'));
UPDATE matter SET decision = (SELECT MIN(e.type) FROM matter_event e WHERE e.matter_id = matter.id
                              AND e.type IN ('ACCEPT', 'REFUSE', 'REFER_STATUTORY', 'FORWARD_ACCUSATION')
                              AND e.at = matter.decided_at)
WHERE decided_at IS NOT NULL;
