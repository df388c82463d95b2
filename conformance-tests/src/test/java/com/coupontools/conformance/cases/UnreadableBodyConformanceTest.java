package com.coupontools.conformance.cases;

import static com.coupontools.conformance.cases.ExpectedErrors.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.coupontools.client.CoupontoolsClient;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import com.coupontools.errors.InvalidParameterException;
import com.coupontools.api.CampaignDataRequest;
import com.coupontools.api.CampaignInfoRequest;
import com.coupontools.api.CampaignPushAllRequest;
import com.coupontools.api.CampaignPushSingleRequest;
import com.coupontools.api.CouponSessionDataRequest;
import com.coupontools.api.CouponSessionSearchCampaignRequest;
import com.coupontools.api.CouponSessionSearchRequest;
import com.coupontools.api.CouponSessionUpdateMultipleRequest;
import com.coupontools.api.CouponSessionUpdateRequest;
import com.coupontools.api.DirectoryCampaignsRequest;
import com.coupontools.api.DirectoryInfoRequest;
import com.coupontools.api.DirectoryUsersListRequest;
import com.coupontools.api.DirectoryUsersUpdateRequest;
import com.coupontools.api.LoyaltyPushAllRequest;
import com.coupontools.api.LoyaltyPushSingleRequest;
import com.coupontools.api.LoyaltyUsersListRequest;
import com.coupontools.api.LoyaltyUsersUpdateRequest;
import com.coupontools.api.MultipleSingleUseCreateRequest;
import com.coupontools.api.SingleUseCreateRequest;
import com.coupontools.api.SingleUseRemoveRequest;
import com.coupontools.api.SubaccountCreateRequest;
import com.coupontools.api.SubaccountInfoRequest;
import com.coupontools.api.SubaccountResetUrlRequest;
import com.coupontools.api.SubaccountSsoRequest;
import com.coupontools.api.SubaccountUpdateRequest;
import com.coupontools.api.WebhookVerificationRequest;
import java.util.List;
import java.util.function.Function;

/**
 * Code 300 for a body the server cannot read (malformed JSON, an unsupported content type, not
 * UTF-8, over 1 MiB): every operation that takes a body documents it with the one shared example
 * {@code e300_unreadable_body}. The mock serves that example and the SDK must map it (an
 * {@link InvalidParameterException} naming no parameter). The SDK only ever sends well-formed
 * bodies, so the sandbox and live targets are skipped here; the sandbox's own suite
 * (ConformanceTest, FuzzTest) sends unreadable bodies to every operation.
 */
class UnreadableBodyConformanceTest {
  private static final String NOTE = "the SDK cannot send an unreadable body (the sandbox's own tests send one to every"
      + " operation)";

  private static void unreadable(Call call, Function<CoupontoolsClient, ?> operation) {
    call.forceExampleOnMock("e300_unreadable_body");
    InvalidParameterException e = expect(InvalidParameterException.class, 300, () -> operation.apply(call.client()));
    assertEquals(422, e.httpStatus());
    assertNull(e.parameter(), () -> "an unreadable body names no parameter: " + e);
  }

  @ConformanceCase(operation = "subaccount_list", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void subaccountList(Call call) {
    unreadable(call, c -> c.subaccounts().list());
  }

  @ConformanceCase(operation = "subaccount_info", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void subaccountInfo(Call call) {
    unreadable(call, c -> c.subaccounts().info(SubaccountInfoRequest.of("sub_1234")));
  }

  @ConformanceCase(operation = "subaccount_create", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void subaccountCreate(Call call) {
    unreadable(call, c -> c.subaccounts().create(SubaccountCreateRequest.of("new@example.com")));
  }

  @ConformanceCase(operation = "subaccount_update", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void subaccountUpdate(Call call) {
    unreadable(call, c -> c.subaccounts().update(SubaccountUpdateRequest.of("sub_1235").toBuilder().companyName("Cafe").build()));
  }

  @ConformanceCase(operation = "subaccount_reset_url", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void subaccountResetUrl(Call call) {
    unreadable(call, c -> c.subaccounts().resetUrl(SubaccountResetUrlRequest.of("sub_1234")));
  }

  @ConformanceCase(operation = "subaccount_sso", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void subaccountSso(Call call) {
    unreadable(call, c -> c.subaccounts().sso(SubaccountSsoRequest.of("sub_1234")));
  }

  @ConformanceCase(operation = "campaign_list", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void campaignList(Call call) {
    unreadable(call, c -> c.campaigns().list());
  }

  @ConformanceCase(operation = "campaign_info", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void campaignInfo(Call call) {
    unreadable(call, c -> c.campaigns().info(CampaignInfoRequest.of("cam_123456")));
  }

  @ConformanceCase(operation = "campaign_data", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void campaignData(Call call) {
    unreadable(call, c -> c.campaigns().data(CampaignDataRequest.of("cam_123456")).response());
  }

  @ConformanceCase(operation = "campaign_opens", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void campaignOpens(Call call) {
    unreadable(call, c -> c.campaigns().opens(CampaignDataRequest.of("cam_123456")).response());
  }

  @ConformanceCase(operation = "campaign_claims", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void campaignClaims(Call call) {
    unreadable(call, c -> c.campaigns().claims(CampaignDataRequest.of("cam_123456")).response());
  }

  @ConformanceCase(operation = "campaign_validations", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void campaignValidations(Call call) {
    unreadable(call, c -> c.campaigns().validations(CampaignDataRequest.of("cam_123456")).response());
  }

  @ConformanceCase(operation = "campaign_push_single", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void campaignPushSingle(Call call) {
    unreadable(call, c -> c.campaigns().pushSingle(CampaignPushSingleRequest.of("cam_123456", "ujzde8", "Hi")));
  }

  @ConformanceCase(operation = "campaign_push_all", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void campaignPushAll(Call call) {
    unreadable(call, c -> c.campaigns().pushAll(CampaignPushAllRequest.of("cam_123456", "Hi")));
  }

  @ConformanceCase(operation = "couponsession_data", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void couponSessionData(Call call) {
    unreadable(call, c -> c.couponSessions().data(CouponSessionDataRequest.of("ujzde8gxd6ncf10epf91d")));
  }

  @ConformanceCase(operation = "couponsession_update", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void couponSessionUpdate(Call call) {
    unreadable(call, c -> c.couponSessions().update(CouponSessionUpdateRequest.of("ujzde8gxd6ncf10epf91d").toBuilder()
        .status(CouponSessionUpdateRequest.Status.CLAIM).build()));
  }

  @ConformanceCase(operation = "couponsession_update_multiple", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void couponSessionUpdateMultiple(Call call) {
    unreadable(call, c -> c.couponSessions().updateMultiple(CouponSessionUpdateMultipleRequest
        .builder().couponSessions(List.of("ujzde8gxd6ncf10epf91d")).status(CouponSessionUpdateMultipleRequest.Status.VOID).build()));
  }

  @ConformanceCase(operation = "couponsession_search", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void couponSessionSearch(Call call) {
    unreadable(call, c -> c.couponSessions().search(CouponSessionSearchRequest.builder().email("anna.peeters@example.com").build()).response());
  }

  @ConformanceCase(operation = "couponsession_search_campaign", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void couponSessionSearchCampaign(Call call) {
    unreadable(call, c -> c.couponSessions().searchCampaign(
        CouponSessionSearchCampaignRequest.of("cam_123456").toBuilder().email("anna.peeters@example.com").build()).response());
  }

  @ConformanceCase(operation = "loyalty_list", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void loyaltyList(Call call) {
    unreadable(call, c -> c.loyaltyCards().list());
  }

  @ConformanceCase(operation = "loyaltyusers_list", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void loyaltyUsersList(Call call) {
    unreadable(call, c -> c.loyaltyCards().listUsers(LoyaltyUsersListRequest.of("loy_5521")));
  }

  @ConformanceCase(operation = "loyaltyusers_update", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void loyaltyUsersUpdate(Call call) {
    unreadable(call, c -> c.loyaltyCards().updateUser(LoyaltyUsersUpdateRequest.of("loy_5521", "lus_90001").toBuilder().stamps(1).build()));
  }

  @ConformanceCase(operation = "loyalty_push_single", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void loyaltyPushSingle(Call call) {
    unreadable(call, c -> c.loyaltyCards().pushSingle(LoyaltyPushSingleRequest.of("loy_5521", "lus_90001", "Hello")));
  }

  @ConformanceCase(operation = "loyalty_push_all", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void loyaltyPushAll(Call call) {
    unreadable(call, c -> c.loyaltyCards().pushAll(LoyaltyPushAllRequest.of("loy_5521", "Hello")));
  }

  @ConformanceCase(operation = "directory_list", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void directoryList(Call call) {
    unreadable(call, c -> c.directories().list());
  }

  @ConformanceCase(operation = "directory_info", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void directoryInfo(Call call) {
    unreadable(call, c -> c.directories().info(DirectoryInfoRequest.of("dir_4321")));
  }

  @ConformanceCase(operation = "directory_campaigns", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void directoryCampaigns(Call call) {
    unreadable(call, c -> c.directories().campaigns(DirectoryCampaignsRequest.of("dir_4321")));
  }

  @ConformanceCase(operation = "directoryusers_list", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void directoryUsersList(Call call) {
    unreadable(call, c -> c.directories().listUsers(DirectoryUsersListRequest.of("dir_4321")).response());
  }

  @ConformanceCase(operation = "directoryusers_update", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void directoryUsersUpdate(Call call) {
    unreadable(call, c -> c.directories().updateUser(DirectoryUsersUpdateRequest.of("dir_4321", "reg_778899",
        DirectoryUsersUpdateRequest.PaymentStatus.PAID)));
  }

  @ConformanceCase(operation = "category_list", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void categoryList(Call call) {
    unreadable(call, c -> c.directories().listCategories());
  }

  @ConformanceCase(operation = "category_main_list", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void categoryMainList(Call call) {
    unreadable(call, c -> c.directories().listMainCategories());
  }

  @ConformanceCase(operation = "singleuse_create", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void singleUseCreate(Call call) {
    unreadable(call, c -> c.singleUse().create(SingleUseCreateRequest.of("cam_123456")));
  }

  @ConformanceCase(operation = "multiplesingleuse_create", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void multipleSingleUseCreate(Call call) {
    unreadable(call, c -> c.singleUse().createMultiple(MultipleSingleUseCreateRequest.of("cam_123456").toBuilder().amount(1).build()));
  }

  @ConformanceCase(operation = "singleuse_remove", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void singleUseRemove(Call call) {
    unreadable(call, c -> c.singleUse().remove(SingleUseRemoveRequest.of("cam_123456", "7h2k9m4q1w8e3r5t6y0u9")));
  }

  @ConformanceCase(operation = "webhook_verification", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void webhookVerification(Call call) {
    unreadable(call, c -> c.webhooks().verify(WebhookVerificationRequest.of("evt_8f3a2b1c9d")));
  }

  @ConformanceCase(operation = "smstool_grouplist", code = 300, targets = TargetKind.MOCK, note = NOTE)
  void smsToolGroupList(Call call) {
    unreadable(call, c -> c.smsTool().listGroups());
  }
}
