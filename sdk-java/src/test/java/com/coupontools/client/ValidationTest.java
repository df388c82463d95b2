package com.coupontools.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.coupontools.errors.ApiException;
import com.coupontools.errors.InvalidParameterException;
import com.coupontools.errors.MissingParameterException;
import com.coupontools.model.CouponSessionUpdateMultipleRequest;
import com.coupontools.model.MultipleSingleUseCreateRequest;
import com.coupontools.model.SingleUseCreateRequest;
import com.coupontools.model.SubaccountCreateRequest;
import java.util.Collections;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Client-side validation fails before the network with the server's exception type, code and text. */
class ValidationTest extends ClientTestSupport {

  private <E extends ApiException> E rejected(Class<E> type, Consumer<CoupontoolsClient> call, int code,
      String parameter, String description) {
    E e = assertThrows(type, () -> call.accept(builder().clientSideValidation(true).build()));
    assertEquals(code, e.code());
    assertEquals(parameter, e.parameter());
    assertEquals(description, e.description());
    assertEquals(0, e.httpStatus(), "client-side errors have no HTTP status");
    assertEquals(0, server.getRequestCount(), "nothing was sent");
    return e;
  }

  @Test
  void missingRequiredParameterIs200() {
    MissingParameterException e = rejected(MissingParameterException.class,
        c -> c.singleUse().createMultiple(new MultipleSingleUseCreateRequest()), 200, "campaign", "Missing parameter: campaign");
    assertEquals("200 Missing parameter: campaign (multiplesingleuse_create)", e.getMessage());
    rejected(MissingParameterException.class, c -> c.singleUse().createMultiple(null), 200, "campaign", "Missing parameter: campaign");
    rejected(MissingParameterException.class,
        c -> c.couponSessions().updateMultiple(CouponSessionUpdateMultipleRequest.of(Collections.emptyList())),
        200, "couponsessions", "Missing parameter: couponsessions");
  }

  @Test
  void rangeAndPatternAre301() {
    rejected(InvalidParameterException.class, c -> c.singleUse().createMultiple(
        MultipleSingleUseCreateRequest.of("cam_1").amount(0)), 301, "amount", "Invalid character in parameter: amount");
    rejected(InvalidParameterException.class, c -> c.singleUse().createMultiple(
        MultipleSingleUseCreateRequest.of("cam_1").codeLength(31)), 301, "code_length", "Invalid character in parameter: code_length");
    rejected(InvalidParameterException.class, c -> c.singleUse().createMultiple(
        MultipleSingleUseCreateRequest.of("campaign-1")), 301, "campaign", "Invalid character in parameter: campaign");
  }

  @Test
  void valueOutsideTheEnumIs302WithTheDocumentedText() {
    rejected(InvalidParameterException.class, c -> c.singleUse().createMultiple(MultipleSingleUseCreateRequest.of("cam_1")
        .status(MultipleSingleUseCreateRequest.StatusEnum.UNKNOWN_DEFAULT_OPEN_API)), 302, "status",
        "Invalid value for parameter: status. Allowed values: normal, voided, activated");
    // a pattern whose documented error is 302 keeps it
    rejected(InvalidParameterException.class, c -> c.subaccounts().create(SubaccountCreateRequest.of("a@example.com").country("be")),
        302, "country", "Invalid value for parameter: country. Use an ISO 3166-1 alpha-2 country code");
  }

  @Test
  void badDateFormatIs303() {
    rejected(InvalidParameterException.class, c -> c.singleUse().create(SingleUseCreateRequest.of("cam_1")
        .expiryDate("2026-02-30 10:00:00")), 303, "expiry_date", "Invalid format in parameter: expiry_date. Use yyyy-MM-dd HH:mm:ss");
    rejected(InvalidParameterException.class, c -> c.subaccounts().create(SubaccountCreateRequest.of("a@example.com")
        .expiryDate("31/12/2026")), 303, "expiry_date", "Invalid format in parameter: expiry_date. Use yyyy-MM-dd");
  }

  @Test
  void badEmailIs305() {
    rejected(InvalidParameterException.class, c -> c.singleUse().create(SingleUseCreateRequest.of("cam_1").email("not-an-email")),
        305, "email", "Email address is not valid.");
  }

  @Test
  void tooLongIs300() {
    rejected(InvalidParameterException.class, c -> c.singleUse().create(SingleUseCreateRequest.of("cam_1").customid("x".repeat(51))),
        300, "customid", "Incorrect value in parameter: customid. Maximum length is 50 characters.");
    rejected(InvalidParameterException.class, c -> c.couponSessions().updateMultiple(CouponSessionUpdateMultipleRequest.of(
        Collections.nCopies(101, "ujzde8gxd6ncf10epf91d"))), 300, "couponsessions",
        "Incorrect value in parameter: couponsessions. At most 100 coupon sessions per call.");
  }

  @Test
  void validRequestsAreSentAndValidationIsOffByDefault() throws Exception {
    server.enqueue(fixture("single_use_create_multiple_ok"));
    builder().clientSideValidation(true).build().singleUse().createMultiple(MultipleSingleUseCreateRequest.of("123456")
        .amount(100000).codePrefix("").codeLength(3).status(MultipleSingleUseCreateRequest.StatusEnum.VOIDED));
    assertEquals(1, server.getRequestCount());

    server.enqueue(fixture("error_301_invalid_amount").setResponseCode(422));
    assertThrows(InvalidParameterException.class,
        () -> client().singleUse().createMultiple(MultipleSingleUseCreateRequest.of("cam_1").amount(0)));
    assertEquals(2, server.getRequestCount(), "without validation the server decides");
  }
}
