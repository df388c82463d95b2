package com.coupontools.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.api.CouponSessionSearchRequest;
import com.coupontools.api.CouponSessionUpdateMultipleRequest;
import com.coupontools.api.LoyaltyUserV4CreateRequest;
import com.coupontools.api.LoyaltyUserV4Filter;
import com.coupontools.api.MultipleSingleUseCreateRequest;
import com.coupontools.api.SingleUseCreateRequest;
import com.coupontools.api.SubaccountCreateRequest;
import com.coupontools.api.TeammateSsoRequest;
import com.coupontools.api.V4LoyaltyStatsBulkRequest;
import com.coupontools.api.V4LoyaltyStatsListRequest;
import com.coupontools.errors.ApiException;
import com.coupontools.errors.InvalidParameterException;
import com.coupontools.errors.MissingParameterException;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A required value missing fails build() locally with the server's 200; client-side validation
 * fails before the network with the server's exception type, code and text, and says the range.
 */
class ValidationTest extends ClientTestSupport {

  private <E extends ApiException> E rejected(
      Class<E> type,
      Consumer<CoupontoolsClient> call,
      int code,
      String parameter,
      String description) {
    E e = assertThrows(
        type, () -> call.accept(builder().clientSideValidation(true).build()));
    assertEquals(code, e.code());
    assertEquals(parameter, e.parameter());
    assertEquals(description, e.description());
    assertEquals(0, e.httpStatus(), "client-side errors have no HTTP status");
    assertEquals(0, server.getRequestCount(), "nothing was sent");
    return e;
  }

  // Issue 10: the fields of an object parameter and of a bare array's items are checked too, named
  // as the server names them (the contract's examples rest_e300_search_too_short,
  // rest_e305_invalid_email_bulk).
  @Test
  void theFieldsOfAnObjectParameterAndOfListItemsAreChecked() {
    rejected(
        ApiException.class,
        c -> c.loyaltyCards()
            .listUsersV4(V4LoyaltyStatsListRequest.of(5001).toBuilder()
                .filter(LoyaltyUserV4Filter.builder().search("lo").build())
                .build()),
        300,
        "filter[search]",
        "Incorrect value in parameter: filter[search]. Minimum length is 3 characters.");
    LoyaltyUserV4CreateRequest ok =
        LoyaltyUserV4CreateRequest.builder().email("ana@example.com").build();
    LoyaltyUserV4CreateRequest bad =
        LoyaltyUserV4CreateRequest.builder().email("not-an-email").build();
    rejected(
        InvalidParameterException.class,
        c -> c.loyaltyCards().createUsersV4(V4LoyaltyStatsBulkRequest.of(5001, List.of(ok, bad))),
        305,
        "users[1].email",
        "Email address is not valid.");
  }

  // Issue 10: the contract's conditional requirements are client-side checks too, with the
  // sentences of its examples e200_missing_search_criteria and e200_missing_campaign.
  @Test
  void conditionalRequirementsAreChecked() {
    ApiException none = rejected(
        MissingParameterException.class,
        c -> c.couponSessions().search(),
        200,
        "custom_validation_code",
        "Missing parameter: custom_validation_code, email or phone");
    assertTrue(
        none.getMessage().contains("set one of: custom_validation_code, email, phone"),
        none.getMessage());
    rejected(
        MissingParameterException.class,
        c -> c.account()
            .teammateSso(TeammateSsoRequest.of("8812").toBuilder()
                .page(TeammateSsoRequest.Page.UPDATE_CAMPAIGN)
                .build()),
        200,
        "campaign",
        "Missing parameter: campaign");
    rejected(
        MissingParameterException.class,
        c -> c.singleUse()
            .createMultiple(MultipleSingleUseCreateRequest.of("cam_1").toBuilder()
                .amount(5)
                .automatedCodes(true)
                .codeType(MultipleSingleUseCreateRequest.CodeType.NUMERIC)
                .build()),
        200,
        "code_length",
        "Missing parameter: code_length");
    // the same rules met (one of the group; another page) are sent: the server's answer comes back
    CoupontoolsClient validating = builder().clientSideValidation(true).build();
    server.enqueue(fixture("error_502_top_level_errors"));
    server.enqueue(fixture("error_502_top_level_errors"));
    ApiException one = assertThrows(
        ApiException.class,
        () -> validating
            .couponSessions()
            .search(
                CouponSessionSearchRequest.builder().email("ana@example.com").build())
            .response());
    ApiException other = assertThrows(
        ApiException.class,
        () -> validating
            .account()
            .teammateSso(TeammateSsoRequest.of("8812").toBuilder()
                .page(TeammateSsoRequest.Page.STATISTICS)
                .build()));
    assertEquals(List.of(502, 502), List.of(one.code(), other.code()));
    assertEquals(2, server.getRequestCount(), "requests that meet the rules are sent");
  }

  @Test
  void aRequiredValueMissingFailsAtBuildWith200() {
    MissingParameterException e = assertThrows(
        MissingParameterException.class,
        () -> MultipleSingleUseCreateRequest.builder().amount(5).build());
    assertEquals(200, e.code());
    assertEquals("campaign", e.parameter());
    assertEquals(
        "200 Missing parameter: campaign (MultipleSingleUseCreateRequest.build(), not sent)",
        e.getMessage());
    assertThrows(NullPointerException.class, () -> client().singleUse().createMultiple(null));
    // the raw path can still leave it out, to see what a server answers
    MultipleSingleUseCreateRequest.builder()._campaign(WireValue.missing()).build();
  }

  @Test
  void anEmptyListIsMissing() {
    rejected(
        MissingParameterException.class,
        c -> c.couponSessions()
            .updateMultiple(CouponSessionUpdateMultipleRequest.of(Collections.emptyList())),
        200,
        "couponsessions",
        "Missing parameter: couponsessions");
  }

  @Test
  void rangeAndPatternAre301AndSayTheRange() {
    ApiException e = rejected(
        InvalidParameterException.class,
        c -> c.singleUse()
            .createMultiple(MultipleSingleUseCreateRequest.builder()
                .campaign("cam_1")
                .amount(0)
                .build()),
        301,
        "amount",
        "Invalid character in parameter: amount");
    assertEquals(
        "301 Invalid character in parameter: amount — allowed: 1 to 100000 (singleUse.createMultiple, not sent)",
        e.getMessage());
    ApiException length = rejected(
        InvalidParameterException.class,
        c -> c.singleUse()
            .createMultiple(MultipleSingleUseCreateRequest.builder()
                .campaign("cam_1")
                .codeLength(31)
                .build()),
        301,
        "code_length",
        "Invalid character in parameter: code_length");
    assertTrue(length.getMessage().contains("allowed: 3 to 30"), length.getMessage());
    rejected(
        InvalidParameterException.class,
        c -> c.singleUse().createMultiple(MultipleSingleUseCreateRequest.of("campaign-1")),
        301,
        "campaign",
        "Invalid character in parameter: campaign");
  }

  @Test
  void valueOutsideTheEnumIs302WithTheDocumentedText() {
    rejected(
        InvalidParameterException.class,
        c -> c.singleUse()
            .createMultiple(MultipleSingleUseCreateRequest.builder()
                .campaign("cam_1")
                ._status(WireValue.of("unknown"))
                .build()),
        302,
        "status",
        "Invalid value for parameter: status. Allowed values: normal, voided, activated");
    // a pattern whose documented error is 302 keeps it
    rejected(
        InvalidParameterException.class,
        c -> c.subaccounts()
            .create(SubaccountCreateRequest.builder()
                .email("a@example.com")
                .country("be")
                .build()),
        302,
        "country",
        "Invalid value for parameter: country. Use an ISO 3166-1 alpha-2 country code");
  }

  @Test
  void badDateFormatIs303() {
    rejected(
        InvalidParameterException.class,
        c -> c.singleUse()
            .create(SingleUseCreateRequest.builder()
                .campaign("cam_1")
                ._expiresAt(WireValue.of("2026-02-30 10:00:00"))
                .build()),
        303,
        "expiry_date",
        "Invalid format in parameter: expiry_date. Use yyyy-MM-dd HH:mm:ss");
    rejected(
        InvalidParameterException.class,
        c -> c.subaccounts()
            .create(SubaccountCreateRequest.builder()
                .email("a@example.com")
                ._expiresOn(WireValue.of("31/12/2026"))
                .build()),
        303,
        "expiry_date",
        "Invalid format in parameter: expiry_date. Use yyyy-MM-dd");
  }

  @Test
  void badEmailIs305() {
    rejected(
        InvalidParameterException.class,
        c -> c.singleUse()
            .create(SingleUseCreateRequest.builder()
                .campaign("cam_1")
                .email("not-an-email")
                .build()),
        305,
        "email",
        "Email address is not valid.");
  }

  @Test
  void tooLongIs300() {
    ApiException e = rejected(
        InvalidParameterException.class,
        c -> c.singleUse()
            .create(SingleUseCreateRequest.builder()
                .campaign("cam_1")
                .customId("x".repeat(51))
                .build()),
        300,
        "customid",
        "Incorrect value in parameter: customid. Maximum length is 50 characters.");
    assertTrue(e.getMessage().contains("at most 50 characters"), e.getMessage());
    rejected(
        InvalidParameterException.class,
        c -> c.couponSessions()
            .updateMultiple(CouponSessionUpdateMultipleRequest.of(
                Collections.nCopies(101, "ujzde8gxd6ncf10epf91d"))),
        300,
        "couponsessions",
        "Incorrect value in parameter: couponsessions. At most 100 coupon sessions per call.");
  }

  @Test
  void aStringWhereANumberGoesIs301() {
    rejected(
        InvalidParameterException.class,
        c -> c.singleUse()
            .createMultiple(MultipleSingleUseCreateRequest.builder()
                .campaign("cam_1")
                ._amount(WireValue.of("five"))
                .build()),
        301,
        "amount",
        "Invalid character in parameter: amount");
  }

  @Test
  void validRequestsAreSentAndValidationIsOffByDefault() throws Exception {
    server.enqueue(fixture("single_use_create_multiple_ok"));
    builder()
        .clientSideValidation(true)
        .build()
        .singleUse()
        .createMultiple(MultipleSingleUseCreateRequest.builder()
            .campaign("123456")
            .amount(100000)
            .codePrefix("")
            .codeLength(3)
            .status(MultipleSingleUseCreateRequest.Status.VOIDED)
            .build());
    assertEquals(1, server.getRequestCount());

    server.enqueue(fixture("error_301_invalid_amount").setResponseCode(422));
    assertThrows(
        InvalidParameterException.class,
        () -> client()
            .singleUse()
            .createMultiple(MultipleSingleUseCreateRequest.builder()
                .campaign("cam_1")
                .amount(0)
                .build()));
    assertEquals(2, server.getRequestCount(), "without validation the server decides");
    assertEquals(List.of(), List.of());
  }
}
