"""Smoke test of the generated Python client (python-pydantic-v1) against a running sandbox.

The same scenario as src/test/typescript/smoke.test.ts: the client's requests, its typed responses
and its error path. Run by scripts/with-sandbox.sh, which starts the sandbox and sets the
COUPONTOOLS_* variables; the client's dependencies are Debian's (scripts/python-deps.sh).
"""
import gc
import os
import sys
import unittest

import coupontools_client as ct
from coupontools_client.exceptions import UnauthorizedException


# A warning raised where it cannot propagate (an unclosed socket found by the garbage collector)
# is only printed, even with -W error; these fail the run instead.
unraisable = []
sys.unraisablehook = unraisable.append


def tearDownModule():
    gc.collect()
    if unraisable:
        raise AssertionError("warnings outside the tests' control flow: "
                             + "; ".join(f"{u.exc_type.__name__}: {u.exc_value}" for u in unraisable))


def env(name):
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"{name} is not set: run this test through scripts/with-sandbox.sh")
    return value


def client(secret_suffix=""):
    configuration = ct.Configuration(
        host=env("COUPONTOOLS_SANDBOX_URL"),
        # The spec's two apiKey schemes, by their names in components.securitySchemes.
        api_key={
            "ClientId": env("COUPONTOOLS_CLIENT_ID"),
            "ClientSecret": env("COUPONTOOLS_CLIENT_SECRET") + secret_suffix,
        },
    )
    return ct.ApiClient(configuration)


def close(api_client):
    api_client.close()
    # ApiClient.close() leaves urllib3's connections open (the generator's template does not
    # clear the pool manager); without this each client ends in a ResourceWarning.
    api_client.rest_client.pool_manager.clear()


class SmokeTest(unittest.TestCase):
    def setUp(self):
        self.api_client = client()
        self.addCleanup(close, self.api_client)
        self.campaigns = ct.CampaignsApi(self.api_client)
        self.sessions = ct.CouponSessionsApi(self.api_client)
        self.single_use = ct.SingleUseApi(self.api_client)
        self.webhooks = ct.WebhooksApi(self.api_client)

    def api_error(self, call, *args):
        """The generated client's error path: an ApiException whose body the generated model reads."""
        with self.assertRaises(ct.ApiException) as raised:
            call(*args)
        envelope = ct.ErrorEnvelope.from_json(raised.exception.body)  # the body, decoded by the client
        self.assertEqual(envelope.status.status, "failed")
        code = envelope.status.errors.error_code.actual_instance
        return raised.exception, envelope, code if isinstance(code, list) else [code]

    def test_lists_the_campaigns(self):
        listed = self.campaigns.campaign_list()
        self.assertIsInstance(listed, ct.CampaignListResponse)
        self.assertEqual(listed.status.status, "OK")
        self.assertTrue(listed.coupon_info, "no campaigns listed")
        self.assertEqual(listed.amount_of_results, str(len(listed.coupon_info)))
        by_id = {c.id: c for c in listed.coupon_info}  # wire name "ID"
        self.assertIn("cam_123456", by_id)
        self.assertEqual(by_id["cam_123456"].status, "active")
        self.assertEqual(by_id["cam_123456"].subaccount, "sub_1234")
        for campaign_id in by_id:
            self.assertRegex(campaign_id, r"^cam_[0-9]+$")

    def test_codes_session_validation_and_webhook_event(self):
        created = self.single_use.multiplesingleuse_create(
            ct.MultipleSingleUseCreateRequest(campaign="cam_123456", amount=3))
        self.assertEqual(created.status.status, "OK")
        self.assertEqual(created.campaign, "cam_123456")
        self.assertEqual(len(created.data), 3)
        self.assertEqual(len({d.single_use_code for d in created.data}), 3, "codes are not distinct")
        for d in created.data:
            self.assertIsInstance(d.sequence_id, int)  # a JSON number on the wire
            self.assertEqual(len(d.widget_validation_code), 6)
            self.assertTrue(d.single_use_url.endswith(d.single_use_code), d.single_use_url)
        first, other = created.data[0], created.data[1]

        read = ct.CouponSessionDataRequest(couponsession=first.single_use_code)
        before = self.sessions.couponsession_data(read)
        self.assertEqual(before.session, first.single_use_code)
        self.assertEqual(before.campaign, "cam_123456")
        self.assertEqual(before.sequenceid, str(first.sequence_id))
        self.assertEqual(before.data.status.validated, "0")
        self.assertEqual(before.data.status.claimed, "0")

        validated = self.sessions.couponsession_update(ct.CouponSessionUpdateRequest(
            couponsession=first.single_use_code, status="validate", validation_value="12.50"))
        self.assertEqual(validated.action, "coupon_session_updated")
        self.assertEqual(validated.data.status.validated, "1")
        self.assertEqual(validated.data.status.claimed, "1")  # validating claims in the same step
        self.assertIsNotNone(validated.webhook, "no webhook event ID in the answer of a validation")
        self.assertRegex(validated.webhook, r"^evt_[A-Za-z0-9]+$")

        after = self.sessions.couponsession_data(read)
        self.assertEqual(after.data.status.validated, "1")
        self.assertEqual(after.data.status.validation_value, "12.50")
        self.assertRegex(after.data.status.validation_date_utc, r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$")

        # The event this validation recorded, confirmed through the documented verification call.
        verified = self.webhooks.webhook_verification(ct.WebhookVerificationRequest(
            webhook=validated.webhook, session=first.single_use_code))
        self.assertEqual(verified.result, "valid")
        self.assertEqual(verified.webhook, validated.webhook)
        self.assertEqual(verified.type, "coupon_validated")
        self.assertEqual(verified.campaign, "cam_123456")
        self.assertEqual(verified.session, first.single_use_code)
        self.assertEqual(verified.var_date, after.data.status.validation_date_utc)  # wire name "date"

        # The same event does not concern another session: 509.
        error, _, codes = self.api_error(self.webhooks.webhook_verification, ct.WebhookVerificationRequest(
            webhook=validated.webhook, session=other.single_use_code))
        self.assertEqual(error.status, 422)
        self.assertEqual(codes, [509])

    def test_unknown_campaign_is_502_as_a_typed_error_envelope(self):
        error, envelope, codes = self.api_error(
            self.campaigns.campaign_info, ct.CampaignInfoRequest(campaign="cam_999999"))
        self.assertEqual(error.status, 422)
        self.assertEqual(codes, [502])
        self.assertEqual(envelope.status.errors.error_message, "HTTP/1.0 422 Unprocessable entity.")
        self.assertEqual(envelope.status.errors.error_message_description, ["Campaign ID not found."])

    def test_v4_rest_bare_array_path_parameters_and_rest_error(self):
        directories = ct.DirectoriesApi(self.api_client)
        listed = directories.v4_directory_list()
        paid = [d for d in listed if d.id == 4321]
        self.assertEqual(len(paid), 1, listed)
        self.assertTrue(paid[0].paid_access)
        user = directories.v4_directory_user_get(4321, 778899)
        self.assertEqual(user.id, 778899)
        with self.assertRaises(ct.ApiException) as raised:
            directories.v4_directory_get(999999)
        self.assertEqual(raised.exception.status, 404)
        self.assertEqual(ct.RestError.from_json(raised.exception.body).error.code, 507)

    def test_wrong_credentials_are_1000_with_http_401(self):
        stranger = client(secret_suffix="-wrong")
        self.addCleanup(close, stranger)
        error, _, codes = self.api_error(ct.CampaignsApi(stranger).campaign_list)
        self.assertIsInstance(error, UnauthorizedException)
        self.assertEqual(error.status, 401)
        self.assertEqual(codes, [1000])


if __name__ == "__main__":
    unittest.main()
