-- A client that retries a registration (the 12345 hotline, say) sends the same idempotency key;
-- the second request finds the first matter instead of creating another.
ALTER TABLE matter ADD COLUMN idempotency_key VARCHAR(64);
ALTER TABLE matter ADD CONSTRAINT uk_matter_idempotency_key UNIQUE (idempotency_key);
ALTER TABLE matter_aud ADD COLUMN idempotency_key VARCHAR(64);
