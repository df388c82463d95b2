// Smoke test of the generated typescript-fetch client against a running sandbox: the client's
// requests, its typed responses and its error path, on Node's built-in fetch. Run by
// scripts/with-sandbox.sh, which starts the sandbox and sets the COUPONTOOLS_* variables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CampaignsApi,
  Configuration,
  CouponSessionsApi,
  CouponSessionUpdateRequestStatusEnum,
  DirectoriesApi,
  ErrorEnvelope,
  ErrorEnvelopeFromJSON,
  ResponseError,
  RestErrorFromJSON,
  SingleUseApi,
  WebhooksApi,
  WebhookVerificationResponseResultEnum,
} from '@coupontools/api-client';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this test through scripts/with-sandbox.sh`);
  return value;
}

const basePath = env('COUPONTOOLS_SANDBOX_URL');
const clientId = env('COUPONTOOLS_CLIENT_ID');
const clientSecret = env('COUPONTOOLS_CLIENT_SECRET');

function configuration(id: string, secret: string): Configuration {
  return new Configuration({
    basePath,
    // The spec's two apiKey schemes; the client asks for each header by name.
    apiKey: (name: string) => {
      if (name === 'X-Client-Id') return id;
      if (name === 'X-Client-Secret') return secret;
      // v4 operations also list the docs' pair as an alternative; the client asks for every
      // scheme, and the runtime drops a header whose value is undefined: this client sends one
      // pair everywhere (the sandbox rejects both pairs at once).
      if (name === 'x-api-key' || name === 'x-api-secret') return undefined as unknown as string;
      throw new Error(`the client asked for an unknown credential header ${name}`);
    },
  });
}

const config = configuration(clientId, clientSecret);
const campaigns = new CampaignsApi(config);
const sessions = new CouponSessionsApi(config);
const singleUse = new SingleUseApi(config);
const webhooks = new WebhooksApi(config);
const directories = new DirectoriesApi(config);

/** The generated client's error path: a ResponseError whose body the generated parser reads. */
async function apiError(call: Promise<unknown>): Promise<{ http: number; envelope: ErrorEnvelope }> {
  try {
    await call;
  } catch (e) {
    assert.ok(e instanceof ResponseError, `expected a ResponseError, got ${String(e)}`);
    return { http: e.response.status, envelope: ErrorEnvelopeFromJSON(await e.response.json()) };
  }
  assert.fail('the call succeeded; an error envelope was expected');
}

/** `error_code` is an array (a bare number is valid too, see ErrorCode). */
function codes(envelope: ErrorEnvelope): number[] {
  assert.equal(envelope.status.status, 'failed');
  const code = envelope.status.errors?.errorCode;
  assert.notEqual(code, undefined, 'status.errors.error_code is missing');
  return Array.isArray(code) ? code : [code as number];
}

test('lists the campaigns (typed items, wire names mapped)', async () => {
  const list = await campaigns.campaignList();
  assert.equal(list.status.status, 'OK');
  assert.ok(list.couponInfo.length > 0, 'no campaigns listed');
  assert.equal(list.amountOfResults, String(list.couponInfo.length));
  const spring = list.couponInfo.find((c) => c.iD === 'cam_123456');
  assert.ok(spring, `cam_123456 not in ${list.couponInfo.map((c) => c.iD).join(', ')}`);
  assert.equal(spring.status, 'active');
  assert.equal(spring.subaccount, 'sub_1234');
  assert.equal(typeof spring.couponCategoryName, 'string'); // coupon_category_name
  for (const c of list.couponInfo) assert.match(c.iD, /^cam_[0-9]+$/);
});

test('creates codes, reads and validates a session, verifies its webhook event', async () => {
  const created = await singleUse.multiplesingleuseCreate({
    multipleSingleUseCreateRequest: { campaign: 'cam_123456', amount: 3 },
  });
  assert.equal(created.status.status, 'OK');
  assert.equal(created.campaign, 'cam_123456');
  assert.equal(created.data.length, 3);
  assert.equal(new Set(created.data.map((d) => d.singleUseCode)).size, 3, 'codes are not distinct');
  for (const d of created.data) {
    assert.equal(typeof d.sequenceId, 'number'); // a JSON number on the wire
    assert.equal(d.widgetValidationCode.length, 6);
    assert.ok(d.singleUseUrl.endsWith(d.singleUseCode), d.singleUseUrl);
  }
  const [first, other] = created.data;

  const before = await sessions.couponsessionData({ couponSessionDataRequest: { couponsession: first.singleUseCode } });
  assert.equal(before.session, first.singleUseCode);
  assert.equal(before.campaign, 'cam_123456');
  assert.equal(before.sequenceid, String(first.sequenceId));
  assert.equal(before.data.status.validated, '0');
  assert.equal(before.data.status.claimed, '0');

  const validated = await sessions.couponsessionUpdate({
    couponSessionUpdateRequest: {
      couponsession: first.singleUseCode,
      status: CouponSessionUpdateRequestStatusEnum.Validate,
      validationValue: '12.50',
    },
  });
  assert.equal(validated.action, 'coupon_session_updated');
  assert.equal(validated.data.status.validated, '1');
  assert.equal(validated.data.status.claimed, '1'); // validating claims in the same step
  assert.ok(validated.webhook, 'no webhook event ID in the answer of a validation');
  assert.match(validated.webhook, /^evt_[A-Za-z0-9]+$/);

  const after = await sessions.couponsessionData({ couponSessionDataRequest: { couponsession: first.singleUseCode } });
  assert.equal(after.data.status.validated, '1');
  assert.equal(after.data.status.validationValue, '12.50');
  assert.match(after.data.status.validationDateUtc, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);

  // The event this validation recorded, confirmed through the documented verification call.
  const verified = await webhooks.webhookVerification({
    webhookVerificationRequest: { webhook: validated.webhook, session: first.singleUseCode },
  });
  assert.equal(verified.result, WebhookVerificationResponseResultEnum.Valid);
  assert.equal(verified.webhook, validated.webhook);
  assert.equal(verified.type, 'coupon_validated');
  assert.equal(verified.campaign, 'cam_123456');
  assert.equal(verified.session, first.singleUseCode);
  assert.equal(verified.date, after.data.status.validationDateUtc);

  // The same event does not concern another session: 509.
  const wrongSession = await apiError(webhooks.webhookVerification({
    webhookVerificationRequest: { webhook: validated.webhook, session: other.singleUseCode },
  }));
  assert.equal(wrongSession.http, 422);
  assert.deepEqual(codes(wrongSession.envelope), [509]);
});

test('an unknown campaign is error 502, read as a typed ErrorEnvelope', async () => {
  const { http, envelope } = await apiError(campaigns.campaignInfo({ campaignInfoRequest: { campaign: 'cam_999999' } }));
  assert.equal(http, 422);
  assert.deepEqual(codes(envelope), [502]);
  assert.equal(envelope.status.errors?.errorMessage, 'HTTP/1.0 422 Unprocessable entity.');
  assert.deepEqual(envelope.status.errors?.errorMessageDescription, ['Campaign ID not found.']);
});

test('wrong credentials are error 1000 with HTTP 401', async () => {
  const stranger = new CampaignsApi(configuration(clientId, `${clientSecret}-wrong`));
  const { http, envelope } = await apiError(stranger.campaignList());
  assert.equal(http, 401);
  assert.deepEqual(codes(envelope), [1000]);
});

test('v4 REST: a bare array list, integer path parameters, a 404 with the RestError body', async () => {
  const all = await directories.v4DirectoryList();
  const paid = all.find((d) => d.id === 4321);
  assert.ok(paid, JSON.stringify(all));
  assert.equal(paid.paidAccess, true);
  const user = await directories.v4DirectoryUserGet({ directoryId: 4321, userId: 778899 });
  assert.equal(user.id, 778899);
  assert.ok(user.email.includes('@'), user.email);
  try {
    await directories.v4DirectoryGet({ directoryId: 999999 });
    assert.fail('an unknown directory was found');
  } catch (e) {
    assert.ok(e instanceof ResponseError, `expected a ResponseError, got ${String(e)}`);
    assert.equal(e.response.status, 404);
    const body = RestErrorFromJSON(await e.response.json());
    assert.equal(body.error.code, 507);
  }
});
