-- Acceptance decisions, routing (main and co-handling units), handling deadlines with one
-- extension and hearing pauses, the written reply and its approval, report back and closing.

ALTER TABLE matter ADD COLUMN accepted_on DATE;
ALTER TABLE matter ADD COLUMN decision_text VARCHAR(1000);
ALTER TABLE matter ADD COLUMN routing_mode VARCHAR(10);
ALTER TABLE matter ADD COLUMN main_unit_id BIGINT REFERENCES unit (id);
ALTER TABLE matter ADD COLUMN routed_on DATE;
ALTER TABLE matter ADD COLUMN objection_due DATE;
ALTER TABLE matter ADD COLUMN handling_due DATE;
ALTER TABLE matter ADD COLUMN extension_days INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE matter ADD COLUMN extension_reason VARCHAR(1000);
ALTER TABLE matter ADD COLUMN reply_outcome VARCHAR(12);
ALTER TABLE matter ADD COLUMN reply_text VARCHAR(5000);
ALTER TABLE matter ADD COLUMN reply_drafted_by VARCHAR(32);
ALTER TABLE matter ADD COLUMN reply_approved_by VARCHAR(32);
ALTER TABLE matter ADD COLUMN replied_on DATE;
ALTER TABLE matter ADD COLUMN closed_on DATE;
CREATE INDEX ix_matter_main_unit ON matter (main_unit_id, state);
CREATE INDEX ix_matter_handling_due ON matter (handling_due);

CREATE TABLE matter_co_unit (
    matter_id BIGINT NOT NULL REFERENCES matter (id),
    unit_id   BIGINT NOT NULL REFERENCES unit (id),
    PRIMARY KEY (matter_id, unit_id)
);
CREATE INDEX ix_matter_co_unit_unit ON matter_co_unit (unit_id);

CREATE TABLE matter_pause (
    matter_id  BIGINT NOT NULL REFERENCES matter (id),
    pause_from DATE   NOT NULL,
    pause_to   DATE   NOT NULL
);
CREATE INDEX ix_matter_pause_matter ON matter_pause (matter_id);

ALTER TABLE matter_aud ADD COLUMN accepted_on DATE;
ALTER TABLE matter_aud ADD COLUMN decision_text VARCHAR(1000);
ALTER TABLE matter_aud ADD COLUMN routing_mode VARCHAR(10);
ALTER TABLE matter_aud ADD COLUMN main_unit_id BIGINT;
ALTER TABLE matter_aud ADD COLUMN routed_on DATE;
ALTER TABLE matter_aud ADD COLUMN objection_due DATE;
ALTER TABLE matter_aud ADD COLUMN handling_due DATE;
ALTER TABLE matter_aud ADD COLUMN extension_days INTEGER;
ALTER TABLE matter_aud ADD COLUMN extension_reason VARCHAR(1000);
ALTER TABLE matter_aud ADD COLUMN reply_outcome VARCHAR(12);
ALTER TABLE matter_aud ADD COLUMN reply_text VARCHAR(5000);
ALTER TABLE matter_aud ADD COLUMN reply_drafted_by VARCHAR(32);
ALTER TABLE matter_aud ADD COLUMN reply_approved_by VARCHAR(32);
ALTER TABLE matter_aud ADD COLUMN replied_on DATE;
ALTER TABLE matter_aud ADD COLUMN closed_on DATE;
