-- The public pages' abuse limits, checked and recorded atomically (issue 9, item 9): a request
-- takes its place under a row lock on its kind's row here, counts the attempts in the window and
-- records its own in the same short transaction, so concurrent requests cannot pass the limit
-- together (citizen.control.AbuseGuard.take). A new PublicAttempt.Kind needs its row.
CREATE TABLE public_limit_lock (
    kind VARCHAR(20) NOT NULL PRIMARY KEY
);
INSERT INTO public_limit_lock (kind) VALUES ('SUBMIT_ADDRESS'), ('SUBMIT_PERSON'), ('LOOKUP_FAIL_ADDRESS'), ('LOOKUP_FAIL_NUMBER');
