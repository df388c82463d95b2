-- Issue #12: the state behind the SMS and email tools, teammates, sending by email and SMS, and
-- the v4 fields of directory users. Same placeholders as V1 (internal/Dialect.java).

-- Email marketing balance: each email sent costs 1; at 0, "send by email" answers 604.
ALTER TABLE accounts ADD COLUMN email_balance INTEGER NOT NULL DEFAULT 0;

-- Users of an account's team (teammate single sign on; its tokens name the teammate).
CREATE TABLE teammates (
  id                ${id},
  account_id        BIGINT   NOT NULL REFERENCES accounts(id),
  first_name        ${text}  NOT NULL DEFAULT '',
  last_name         ${text}  NOT NULL DEFAULT '',
  email             ${text}  NOT NULL,
  created_at        ${text}  NOT NULL
);
ALTER TABLE account_tokens ADD COLUMN teammate_id BIGINT REFERENCES teammates(id);

-- Contacts (subscribers) of an SMS group; the phone number as digits (E.164 without '+'), unique
-- per group: adding a number the group has updates that contact.
CREATE TABLE sms_contacts (
  id                ${id},
  group_id          BIGINT   NOT NULL REFERENCES sms_groups(id),
  phone             ${text}  NOT NULL,
  first_name        ${text}  NOT NULL DEFAULT '',
  last_name         ${text}  NOT NULL DEFAULT '',
  birthday          ${text}  NOT NULL DEFAULT '',
  customfield1      ${text}  NOT NULL DEFAULT '',
  customfield2      ${text}  NOT NULL DEFAULT '',
  customfield3      ${text}  NOT NULL DEFAULT '',
  customfield4      ${text}  NOT NULL DEFAULT '',
  customfield5      ${text}  NOT NULL DEFAULT '',
  customfield6      ${text}  NOT NULL DEFAULT '',
  customfield7      ${text}  NOT NULL DEFAULT '',
  unsubscribed_at   ${text}  NOT NULL DEFAULT '',   -- '' = subscribed
  created_at        ${text}  NOT NULL
);
CREATE UNIQUE INDEX ux_sms_contacts_phone ON sms_contacts(group_id, phone);

CREATE TABLE email_groups (
  id                ${id},
  account_id        BIGINT   NOT NULL REFERENCES accounts(id),
  name              ${text}  NOT NULL
);

-- What "send by email" and "send by SMS" sent (recorded, never delivered).
CREATE TABLE sent_messages (
  id                ${id},
  account_id        BIGINT   NOT NULL REFERENCES accounts(id),
  channel           ${text}  NOT NULL,            -- 'email' | 'sms'
  target            ${text}  NOT NULL,            -- the campaign or directory, prefixed: cam_… | dir_…
  recipient         ${text}  NOT NULL,            -- email address, or the phone number's digits
  subject           ${text}  NOT NULL DEFAULT '',
  body              ${text}  NOT NULL DEFAULT '',
  session_code      ${text}  NOT NULL DEFAULT '',
  created_at        ${text}  NOT NULL
);
CREATE INDEX ix_sent_messages_target ON sent_messages(account_id, target, channel);

-- Directory users as v4 shows them (v3 shows a subset of the same rows).
ALTER TABLE registered_users ADD COLUMN password_hash ${text} NOT NULL DEFAULT '';
ALTER TABLE registered_users ADD COLUMN birth_date ${text} NOT NULL DEFAULT '';
ALTER TABLE registered_users ADD COLUMN address ${text} NOT NULL DEFAULT '';
ALTER TABLE registered_users ADD COLUMN zip ${text} NOT NULL DEFAULT '';
ALTER TABLE registered_users ADD COLUMN city ${text} NOT NULL DEFAULT '';
ALTER TABLE registered_users ADD COLUMN custom_1 ${text} NOT NULL DEFAULT '';
ALTER TABLE registered_users ADD COLUMN custom_2 ${text} NOT NULL DEFAULT '';
ALTER TABLE registered_users ADD COLUMN custom_3 ${text} NOT NULL DEFAULT '';

-- Single sign on tokens of directory users (v4 "…/users/{userId}/sso").
CREATE TABLE registered_user_tokens (
  token             ${text}  PRIMARY KEY,
  user_id           BIGINT   NOT NULL REFERENCES registered_users(id),
  created_at        ${text}  NOT NULL,
  expires_at        ${text}  NOT NULL
);
