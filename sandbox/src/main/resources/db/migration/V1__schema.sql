-- The sandbox's state. Timestamps are UTC 'yyyy-MM-dd HH:mm:ss' text ('' = not happened), the
-- API's own wire form, so range filters compare as text and responses need no conversion.
--
-- One file for SQLite and PostgreSQL (Flyway placeholders from internal/Dialect.java):
--   ${id}    an auto-generated 64-bit primary key (SQLite: INTEGER PRIMARY KEY, the rowid;
--            PostgreSQL: an identity column starting at 1,000,000, above every seeded ID)
--   ${text}  text compared byte by byte (SQLite's default; COLLATE "C" on PostgreSQL), so
--            ordering and prefix ranges are the same on both engines whatever the database's locale
-- Flags are INTEGER 0/1 and IDs BIGINT on both.

CREATE TABLE accounts (
  id                ${id},
  parent_id         BIGINT   REFERENCES accounts(id),
  api_key           ${text}  NOT NULL UNIQUE,
  api_secret        ${text}  NOT NULL,
  email             ${text}  NOT NULL,
  username          ${text}  NOT NULL,
  password_hash     ${text}  NOT NULL DEFAULT '',
  first_name        ${text}  NOT NULL DEFAULT '',
  last_name         ${text}  NOT NULL DEFAULT '',
  company_name      ${text}  NOT NULL DEFAULT '',
  country           ${text}  NOT NULL DEFAULT '',
  language          ${text}  NOT NULL DEFAULT 'en',
  currency          ${text}  NOT NULL DEFAULT 'EUR',
  package_id        ${text}  NOT NULL DEFAULT '',
  status            ${text}  NOT NULL DEFAULT 'customer',
  lastlogin         ${text}  NOT NULL DEFAULT '',
  amountlogin       INTEGER  NOT NULL DEFAULT 0,
  max_campaigns     INTEGER  NOT NULL DEFAULT 10,
  expiry_date       ${text}  NOT NULL DEFAULT '',
  webhook_endpoint  ${text}  NOT NULL DEFAULT '',
  access_dashboard  INTEGER  NOT NULL DEFAULT 1,
  access_directory  INTEGER  NOT NULL DEFAULT 0,
  access_loyalty    INTEGER  NOT NULL DEFAULT 1,
  access_smstool    INTEGER  NOT NULL DEFAULT 0,
  access_emailtool  INTEGER  NOT NULL DEFAULT 0,
  sms_integration   INTEGER  NOT NULL DEFAULT 0,
  email_integration INTEGER  NOT NULL DEFAULT 0,
  created_at        ${text}  NOT NULL
);
CREATE INDEX ix_accounts_parent ON accounts(parent_id);
-- Case-insensitive, as the dashboard treats e-mail addresses (an expression index works on both engines).
CREATE UNIQUE INDEX ux_accounts_email ON accounts(lower(email));

CREATE TABLE packages (
  owner_id          BIGINT   NOT NULL REFERENCES accounts(id),
  id                ${text}  NOT NULL,
  name              ${text}  NOT NULL,
  max_campaigns     INTEGER  NOT NULL,
  access_dashboard  INTEGER  NOT NULL,
  access_directory  INTEGER  NOT NULL,
  access_loyalty    INTEGER  NOT NULL,
  access_smstool    INTEGER  NOT NULL,
  access_emailtool  INTEGER  NOT NULL,
  PRIMARY KEY (owner_id, id)
);

CREATE TABLE account_tokens (
  token             ${text}  PRIMARY KEY,
  account_id        BIGINT   NOT NULL REFERENCES accounts(id),
  kind              ${text}  NOT NULL,           -- 'sso' | 'reset'
  page              ${text}  NOT NULL DEFAULT '',
  campaign_id       BIGINT,
  created_at        ${text}  NOT NULL,
  expires_at        ${text}  NOT NULL
);

CREATE TABLE folders (
  id                ${id},
  account_id        BIGINT   NOT NULL REFERENCES accounts(id),
  name              ${text}  NOT NULL
);

CREATE TABLE categories (
  account_id        BIGINT   NOT NULL REFERENCES accounts(id),
  id                ${text}  NOT NULL,
  name              ${text}  NOT NULL,
  parent_id         ${text}  ,                       -- NULL for a main (third-level) category
  is_main           INTEGER  NOT NULL DEFAULT 0,
  PRIMARY KEY (account_id, id)
);

CREATE TABLE campaigns (
  id                ${id},
  account_id        BIGINT   NOT NULL REFERENCES accounts(id),
  code              ${text}  NOT NULL UNIQUE,
  name              ${text}  NOT NULL,
  title             ${text}  NOT NULL DEFAULT '',
  subtitle          ${text}  NOT NULL DEFAULT '',
  description       ${text}  NOT NULL DEFAULT '',
  type              ${text}  NOT NULL DEFAULT 'coupon',
  status            ${text}  NOT NULL DEFAULT 'active',
  category_id       ${text},
  folder_id         BIGINT,
  tags              ${text}  NOT NULL DEFAULT '',
  expirydate        ${text}  NOT NULL DEFAULT '',
  next_sequence     INTEGER  NOT NULL DEFAULT 1,
  created_at        ${text}  NOT NULL
);
CREATE INDEX ix_campaigns_account ON campaigns(account_id);

CREATE TABLE sessions (
  id                ${id},
  account_id        BIGINT   NOT NULL,
  campaign_id       BIGINT   NOT NULL,
  code              ${text}  NOT NULL,     -- the long session code
  short_code        ${text}  NOT NULL,     -- widget_validation_code: the first 6 characters of code
  sequence_id       INTEGER  NOT NULL,
  custom_code       ${text}  NOT NULL DEFAULT '',
  initial_status    ${text}  NOT NULL DEFAULT 'normal',
  customid          ${text}  NOT NULL DEFAULT '',
  firstname         ${text}  NOT NULL DEFAULT '',
  lastname          ${text}  NOT NULL DEFAULT '',
  email             ${text}  NOT NULL DEFAULT '',
  phone             ${text}  NOT NULL DEFAULT '',
  customfield1      ${text}  NOT NULL DEFAULT '',
  customfield2      ${text}  NOT NULL DEFAULT '',
  customfield3      ${text}  NOT NULL DEFAULT '',
  customfield4      ${text}  NOT NULL DEFAULT '',
  customfield5      ${text}  NOT NULL DEFAULT '',
  customfield6      ${text}  NOT NULL DEFAULT '',
  customfield7      ${text}  NOT NULL DEFAULT '',
  utm               ${text}  NOT NULL DEFAULT '',
  expirydate        ${text}  NOT NULL DEFAULT '',
  created_at        ${text}  NOT NULL,
  opened_at         ${text}  NOT NULL DEFAULT '',
  played_at         ${text}  NOT NULL DEFAULT '',
  claimed_at        ${text}  NOT NULL DEFAULT '',
  claimtype         ${text}  NOT NULL DEFAULT '',
  saved_to_passbook INTEGER  NOT NULL DEFAULT 0,
  validated_at      ${text}  NOT NULL DEFAULT '',
  validation_value  ${text}  NOT NULL DEFAULT '',
  voided_at         ${text}  NOT NULL DEFAULT '',
  locked            INTEGER  NOT NULL DEFAULT 0,
  value             ${text}  NOT NULL DEFAULT ''
);
-- Uniqueness is the database's job: creators retry on a conflict. The short code is the long
-- code's prefix, so its index keeps both unique per account (and finds sessions by either).
CREATE UNIQUE INDEX ux_sessions_short  ON sessions(account_id, short_code);
CREATE UNIQUE INDEX ux_sessions_custom ON sessions(account_id, custom_code) WHERE custom_code <> '';
CREATE INDEX ix_sessions_campaign ON sessions(campaign_id, sequence_id);

CREATE TABLE webhook_events (
  id                ${text}  PRIMARY KEY,
  account_id        BIGINT   NOT NULL,
  type              ${text}  NOT NULL,
  campaign_id       BIGINT   NOT NULL,
  session_code      ${text}  NOT NULL,
  endpoint          ${text}  NOT NULL DEFAULT '',
  created_at        ${text}  NOT NULL
);

CREATE TABLE push_notifications (
  id                ${id},
  account_id        BIGINT   NOT NULL,
  target            ${text}  NOT NULL,           -- 'session' | 'campaign' | 'loyalty_user' | 'loyalty_card'
  target_id         ${text}  NOT NULL,
  message           ${text}  NOT NULL,
  recipients        INTEGER  NOT NULL,
  created_at        ${text}  NOT NULL
);

CREATE TABLE loyalty_cards (
  id                ${id},
  account_id        BIGINT   NOT NULL REFERENCES accounts(id),
  code              ${text}  NOT NULL UNIQUE,
  name              ${text}  NOT NULL,
  type              ${text}  NOT NULL,           -- 'membership' (points) | 'stamp'
  status            ${text}  NOT NULL DEFAULT 'active',
  domain            ${text}  NOT NULL DEFAULT 'digicpn.com',
  created_at        ${text}  NOT NULL
);

CREATE TABLE loyalty_users (
  id                ${id},
  card_id           BIGINT   NOT NULL REFERENCES loyalty_cards(id),
  first_name        ${text}  NOT NULL DEFAULT '',
  last_name         ${text}  NOT NULL DEFAULT '',
  email             ${text}  NOT NULL DEFAULT '',
  phone             ${text}  NOT NULL DEFAULT '',
  city              ${text}  NOT NULL DEFAULT '',
  points            INTEGER  NOT NULL DEFAULT 0,
  stamps            INTEGER  NOT NULL DEFAULT 0,
  voided            INTEGER  NOT NULL DEFAULT 0,
  in_wallet         INTEGER  NOT NULL DEFAULT 0,
  created_at        ${text}  NOT NULL
);
CREATE INDEX ix_loyalty_users_card ON loyalty_users(card_id);

CREATE TABLE directories (
  id                ${id},
  account_id        BIGINT   NOT NULL REFERENCES accounts(id),
  code              ${text}  NOT NULL UNIQUE,
  name              ${text}  NOT NULL,
  title             ${text}  NOT NULL DEFAULT '',
  status            ${text}  NOT NULL DEFAULT 'active',
  paid_access       INTEGER  NOT NULL DEFAULT 0,
  created_at        ${text}  NOT NULL
);

CREATE TABLE directory_campaigns (
  directory_id      BIGINT   NOT NULL REFERENCES directories(id),
  campaign_id       BIGINT   NOT NULL REFERENCES campaigns(id),
  PRIMARY KEY (directory_id, campaign_id)
);

CREATE TABLE registered_users (
  id                ${id},
  directory_id      BIGINT   NOT NULL REFERENCES directories(id),
  email             ${text}  NOT NULL,
  first_name        ${text}  NOT NULL DEFAULT '',
  last_name         ${text}  NOT NULL DEFAULT '',
  phone             ${text}  NOT NULL DEFAULT '',
  registration_date ${text}  NOT NULL,
  payment_status    ${text}  NOT NULL DEFAULT '',
  expiry_date       ${text}  NOT NULL DEFAULT '',
  blocked           INTEGER  NOT NULL DEFAULT 0
);
CREATE INDEX ix_registered_users_dir ON registered_users(directory_id, registration_date);

CREATE TABLE sms_groups (
  id                ${id},
  account_id        BIGINT   NOT NULL REFERENCES accounts(id),
  name              ${text}  NOT NULL
);
