-- The sandbox's state. Timestamps are UTC 'yyyy-MM-dd HH:mm:ss' text ('' = not happened), the
-- API's own wire form, so range filters compare as text and responses need no conversion.

CREATE TABLE accounts (
  id                INTEGER PRIMARY KEY,
  parent_id         INTEGER REFERENCES accounts(id),
  api_key           TEXT    NOT NULL UNIQUE,
  api_secret        TEXT    NOT NULL,
  email             TEXT    NOT NULL UNIQUE COLLATE NOCASE,
  username          TEXT    NOT NULL,
  password_hash     TEXT    NOT NULL DEFAULT '',
  first_name        TEXT    NOT NULL DEFAULT '',
  last_name         TEXT    NOT NULL DEFAULT '',
  company_name      TEXT    NOT NULL DEFAULT '',
  country           TEXT    NOT NULL DEFAULT '',
  language          TEXT    NOT NULL DEFAULT 'en',
  currency          TEXT    NOT NULL DEFAULT 'EUR',
  package_id        TEXT    NOT NULL DEFAULT '',
  status            TEXT    NOT NULL DEFAULT 'customer',
  lastlogin         TEXT    NOT NULL DEFAULT '',
  amountlogin       INTEGER NOT NULL DEFAULT 0,
  max_campaigns     INTEGER NOT NULL DEFAULT 10,
  expiry_date       TEXT    NOT NULL DEFAULT '',
  webhook_endpoint  TEXT    NOT NULL DEFAULT '',
  access_dashboard  INTEGER NOT NULL DEFAULT 1,
  access_directory  INTEGER NOT NULL DEFAULT 0,
  access_loyalty    INTEGER NOT NULL DEFAULT 1,
  access_smstool    INTEGER NOT NULL DEFAULT 0,
  access_emailtool  INTEGER NOT NULL DEFAULT 0,
  sms_integration   INTEGER NOT NULL DEFAULT 0,
  email_integration INTEGER NOT NULL DEFAULT 0,
  created_at        TEXT    NOT NULL
);
CREATE INDEX ix_accounts_parent ON accounts(parent_id);

CREATE TABLE packages (
  owner_id          INTEGER NOT NULL REFERENCES accounts(id),
  id                TEXT    NOT NULL,
  name              TEXT    NOT NULL,
  max_campaigns     INTEGER NOT NULL,
  access_dashboard  INTEGER NOT NULL,
  access_directory  INTEGER NOT NULL,
  access_loyalty    INTEGER NOT NULL,
  access_smstool    INTEGER NOT NULL,
  access_emailtool  INTEGER NOT NULL,
  PRIMARY KEY (owner_id, id)
);

CREATE TABLE account_tokens (
  token       TEXT    PRIMARY KEY,
  account_id  INTEGER NOT NULL REFERENCES accounts(id),
  kind        TEXT    NOT NULL,           -- 'sso' | 'reset'
  page        TEXT    NOT NULL DEFAULT '',
  campaign_id INTEGER,
  created_at  TEXT    NOT NULL,
  expires_at  TEXT    NOT NULL
);

CREATE TABLE folders (
  id          INTEGER PRIMARY KEY,
  account_id  INTEGER NOT NULL REFERENCES accounts(id),
  name        TEXT    NOT NULL
);

CREATE TABLE categories (
  account_id  INTEGER NOT NULL REFERENCES accounts(id),
  id          TEXT    NOT NULL,
  name        TEXT    NOT NULL,
  parent_id   TEXT,                       -- NULL for a main (third-level) category
  is_main     INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (account_id, id)
);

CREATE TABLE campaigns (
  id            INTEGER PRIMARY KEY,
  account_id    INTEGER NOT NULL REFERENCES accounts(id),
  code          TEXT    NOT NULL UNIQUE,
  name          TEXT    NOT NULL,
  title         TEXT    NOT NULL DEFAULT '',
  subtitle      TEXT    NOT NULL DEFAULT '',
  description   TEXT    NOT NULL DEFAULT '',
  type          TEXT    NOT NULL DEFAULT 'coupon',
  status        TEXT    NOT NULL DEFAULT 'active',
  category_id   TEXT,
  folder_id     INTEGER,
  tags          TEXT    NOT NULL DEFAULT '',
  expirydate    TEXT    NOT NULL DEFAULT '',
  next_sequence INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT    NOT NULL
);
CREATE INDEX ix_campaigns_account ON campaigns(account_id);

CREATE TABLE sessions (
  id                INTEGER PRIMARY KEY,
  account_id        INTEGER NOT NULL,
  campaign_id       INTEGER NOT NULL,
  code              TEXT    NOT NULL,     -- the long session code
  short_code        TEXT    NOT NULL,     -- widget_validation_code: the first 6 characters of code
  sequence_id       INTEGER NOT NULL,
  custom_code       TEXT    NOT NULL DEFAULT '',
  initial_status    TEXT    NOT NULL DEFAULT 'normal',
  customid          TEXT    NOT NULL DEFAULT '',
  firstname         TEXT    NOT NULL DEFAULT '',
  lastname          TEXT    NOT NULL DEFAULT '',
  email             TEXT    NOT NULL DEFAULT '',
  phone             TEXT    NOT NULL DEFAULT '',
  customfield1      TEXT    NOT NULL DEFAULT '',
  customfield2      TEXT    NOT NULL DEFAULT '',
  customfield3      TEXT    NOT NULL DEFAULT '',
  customfield4      TEXT    NOT NULL DEFAULT '',
  customfield5      TEXT    NOT NULL DEFAULT '',
  customfield6      TEXT    NOT NULL DEFAULT '',
  customfield7      TEXT    NOT NULL DEFAULT '',
  utm               TEXT    NOT NULL DEFAULT '',
  expirydate        TEXT    NOT NULL DEFAULT '',
  created_at        TEXT    NOT NULL,
  opened_at         TEXT    NOT NULL DEFAULT '',
  played_at         TEXT    NOT NULL DEFAULT '',
  claimed_at        TEXT    NOT NULL DEFAULT '',
  claimtype         TEXT    NOT NULL DEFAULT '',
  saved_to_passbook INTEGER NOT NULL DEFAULT 0,
  validated_at      TEXT    NOT NULL DEFAULT '',
  validation_value  TEXT    NOT NULL DEFAULT '',
  voided_at         TEXT    NOT NULL DEFAULT '',
  locked            INTEGER NOT NULL DEFAULT 0,
  value             TEXT    NOT NULL DEFAULT ''
);
-- Uniqueness is the database's job: creators retry on a conflict. The short code is the long
-- code's prefix, so its index keeps both unique per account (and finds sessions by either).
CREATE UNIQUE INDEX ux_sessions_short  ON sessions(account_id, short_code);
CREATE UNIQUE INDEX ux_sessions_custom ON sessions(account_id, custom_code) WHERE custom_code <> '';
CREATE INDEX ix_sessions_campaign ON sessions(campaign_id, sequence_id);

CREATE TABLE webhook_events (
  id           TEXT    PRIMARY KEY,
  account_id   INTEGER NOT NULL,
  type         TEXT    NOT NULL,
  campaign_id  INTEGER NOT NULL,
  session_code TEXT    NOT NULL,
  endpoint     TEXT    NOT NULL DEFAULT '',
  created_at   TEXT    NOT NULL
);

CREATE TABLE push_notifications (
  id          INTEGER PRIMARY KEY,
  account_id  INTEGER NOT NULL,
  target      TEXT    NOT NULL,           -- 'session' | 'campaign' | 'loyalty_user' | 'loyalty_card'
  target_id   TEXT    NOT NULL,
  message     TEXT    NOT NULL,
  recipients  INTEGER NOT NULL,
  created_at  TEXT    NOT NULL
);

CREATE TABLE loyalty_cards (
  id          INTEGER PRIMARY KEY,
  account_id  INTEGER NOT NULL REFERENCES accounts(id),
  code        TEXT    NOT NULL UNIQUE,
  name        TEXT    NOT NULL,
  type        TEXT    NOT NULL,           -- 'membership' (points) | 'stamp'
  status      TEXT    NOT NULL DEFAULT 'active',
  domain      TEXT    NOT NULL DEFAULT 'digicpn.com',
  created_at  TEXT    NOT NULL
);

CREATE TABLE loyalty_users (
  id          INTEGER PRIMARY KEY,
  card_id     INTEGER NOT NULL REFERENCES loyalty_cards(id),
  first_name  TEXT    NOT NULL DEFAULT '',
  last_name   TEXT    NOT NULL DEFAULT '',
  email       TEXT    NOT NULL DEFAULT '',
  phone       TEXT    NOT NULL DEFAULT '',
  city        TEXT    NOT NULL DEFAULT '',
  points      INTEGER NOT NULL DEFAULT 0,
  stamps      INTEGER NOT NULL DEFAULT 0,
  voided      INTEGER NOT NULL DEFAULT 0,
  in_wallet   INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT    NOT NULL
);
CREATE INDEX ix_loyalty_users_card ON loyalty_users(card_id);

CREATE TABLE directories (
  id          INTEGER PRIMARY KEY,
  account_id  INTEGER NOT NULL REFERENCES accounts(id),
  code        TEXT    NOT NULL UNIQUE,
  name        TEXT    NOT NULL,
  title       TEXT    NOT NULL DEFAULT '',
  status      TEXT    NOT NULL DEFAULT 'active',
  paid_access INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT    NOT NULL
);

CREATE TABLE directory_campaigns (
  directory_id INTEGER NOT NULL REFERENCES directories(id),
  campaign_id  INTEGER NOT NULL REFERENCES campaigns(id),
  PRIMARY KEY (directory_id, campaign_id)
);

CREATE TABLE registered_users (
  id                INTEGER PRIMARY KEY,
  directory_id      INTEGER NOT NULL REFERENCES directories(id),
  email             TEXT    NOT NULL,
  first_name        TEXT    NOT NULL DEFAULT '',
  last_name         TEXT    NOT NULL DEFAULT '',
  phone             TEXT    NOT NULL DEFAULT '',
  registration_date TEXT    NOT NULL,
  payment_status    TEXT    NOT NULL DEFAULT '',
  expiry_date       TEXT    NOT NULL DEFAULT '',
  blocked           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_registered_users_dir ON registered_users(directory_id, registration_date);

CREATE TABLE sms_groups (
  id          INTEGER PRIMARY KEY,
  account_id  INTEGER NOT NULL REFERENCES accounts(id),
  name        TEXT    NOT NULL
);
