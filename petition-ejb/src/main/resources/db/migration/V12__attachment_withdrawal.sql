-- An attachment withdrawn by a case officer (uploaded to the wrong matter, or a file the PDF
-- library cannot read): kept with the reason, who and when, but left out of the whole file.
-- Audited like the rest of the attachment's description. H2 (PostgreSQL mode) and PostgreSQL.

ALTER TABLE attachment ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE attachment ADD COLUMN withdrawn_by VARCHAR(32);
ALTER TABLE attachment ADD COLUMN withdrawal_reason VARCHAR(500);

ALTER TABLE attachment_aud ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE attachment_aud ADD COLUMN withdrawn_by VARCHAR(32);
ALTER TABLE attachment_aud ADD COLUMN withdrawal_reason VARCHAR(500);
