-- The rate limit of the e-diary API (issue 15): a window of one minute per personal access token, and per
-- account for the identity provider's short-lived tokens, counted in the row so that every server of a
-- cluster counts the same requests. Same SQL for PostgreSQL 15 and H2 2.2.
ALTER TABLE personal_access_token ADD COLUMN rate_window_start TIMESTAMP;
ALTER TABLE personal_access_token ADD COLUMN rate_window_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE user_account ADD COLUMN rate_window_start TIMESTAMP;
ALTER TABLE user_account ADD COLUMN rate_window_count INTEGER DEFAULT 0 NOT NULL;
