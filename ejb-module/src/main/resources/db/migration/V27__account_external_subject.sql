-- Sign-in through the region's identity provider (OpenID Connect, issue 15 part 2): the provider's subject
-- ("sub") linked to one journal account, by the person after a password sign-in or by the administrator.
-- Unique: one provider identity opens one account. NULL (not linked) may repeat. Same SQL for PostgreSQL
-- 15 and H2 2.2.
ALTER TABLE user_account ADD COLUMN external_subject VARCHAR(255);
CREATE UNIQUE INDEX uq_user_account_external_subject ON user_account (external_subject);
