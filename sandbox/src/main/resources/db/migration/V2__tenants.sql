-- Tenants (a sandbox extension, not part of the API): a main account with its subaccounts and
-- everything they own, created and deleted through /_sandbox/tenants so that each CI job gets
-- its own world on one shared sandbox. The demo account is tenant 1000 (not listed here: it is
-- not deletable). An account's tenant is its main account, so e-mail addresses are unique per
-- tenant, not per sandbox (another tenant's addresses must not show through a 304).
ALTER TABLE accounts ADD COLUMN tenant_id BIGINT NOT NULL DEFAULT 0;
UPDATE accounts SET tenant_id = coalesce(parent_id, id);
DROP INDEX ux_accounts_email;
CREATE UNIQUE INDEX ux_accounts_email ON accounts(tenant_id, lower(email));
CREATE INDEX ix_accounts_tenant ON accounts(tenant_id);

CREATE TABLE tenants (
  id                ${text}  PRIMARY KEY,            -- ten_ + 16 hex characters
  account_id        BIGINT   NOT NULL UNIQUE REFERENCES accounts(id),
  name              ${text}  NOT NULL DEFAULT '',
  created_at        ${text}  NOT NULL
);
