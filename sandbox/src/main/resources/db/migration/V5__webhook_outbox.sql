-- Webhook delivery (issue #13): every event is stored once (webhook_events, which "verify a
-- webhook" reads) with the exact body it is delivered with, and each delivery of it waits in an
-- outbox (webhook_deliveries) that survives restarts. Delivery workers claim due rows (on
-- PostgreSQL with FOR UPDATE SKIP LOCKED, so each attempt is made by one replica), POST the
-- body, and record every attempt (webhook_attempts). Times the worker schedules by are epoch
-- milliseconds (BIGINT); the rest keep the API's 'yyyy-MM-dd HH:mm:ss' UTC text.

-- The body as delivered (JSON, frozen when the event happened; '' for events recorded before,
-- such as the demo data's, whose body is built on their first delivery) and when it was recorded
-- (epoch ms: orders the events of one second).
ALTER TABLE webhook_events ADD COLUMN payload ${text} NOT NULL DEFAULT '';
ALTER TABLE webhook_events ADD COLUMN recorded_at BIGINT NOT NULL DEFAULT 0;
CREATE INDEX ix_webhook_events_account ON webhook_events(account_id, recorded_at);

-- The Standard Webhooks signing secret of the account's endpoint (whsec_…), a sandbox extension;
-- '' = deliveries are not signed.
ALTER TABLE accounts ADD COLUMN webhook_secret ${text} NOT NULL DEFAULT '';

CREATE TABLE webhook_deliveries (
  id                ${id},
  event_id          ${text}  NOT NULL REFERENCES webhook_events(id),
  account_id        BIGINT   NOT NULL,           -- the event's account (for tenant deletes)
  url               ${text}  NOT NULL,           -- where this delivery goes
  endpoint_account  BIGINT   NOT NULL,           -- whose endpoint that is (its secret signs)
  state             ${text}  NOT NULL DEFAULT 'pending',  -- pending | delivered | failed
  attempts          INTEGER  NOT NULL DEFAULT 0, -- attempts started
  due_at            BIGINT   NOT NULL,           -- next attempt; while claimed, when the claim expires
  claimed_by        ${text}  NOT NULL DEFAULT '',-- the worker running an attempt now ('' = none)
  reason            ${text}  NOT NULL DEFAULT 'event',  -- event | resend
  created_at        ${text}  NOT NULL,
  finished_at       ${text}  NOT NULL DEFAULT ''
);
-- What the workers poll: the pending rows by due time (a partial index, on both engines).
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries(due_at) WHERE state = 'pending';
CREATE INDEX ix_webhook_deliveries_event ON webhook_deliveries(event_id);

CREATE TABLE webhook_attempts (
  id                ${id},
  delivery_id       BIGINT   NOT NULL,           -- webhook_deliveries.id (no foreign key: an attempt may
                                                 -- finish just after its tenant was deleted)
  account_id        BIGINT   NOT NULL,
  attempt           INTEGER  NOT NULL,           -- 1 = the first attempt
  started_at        ${text}  NOT NULL,
  http_status       INTEGER  NOT NULL,           -- 0 = no HTTP answer (refused, timed out, …)
  latency_ms        INTEGER  NOT NULL,
  response          ${text}  NOT NULL DEFAULT '',-- the start of the receiver's answer (1 KiB at most)
  error             ${text}  NOT NULL DEFAULT '',-- why it failed, '' when delivered
  worker            ${text}  NOT NULL DEFAULT '' -- which sandbox process made it
);
CREATE INDEX ix_webhook_attempts_delivery ON webhook_attempts(delivery_id, attempt);
