package com.coupontools.conformance.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.api.EmailToolGroupListResponse;
import com.coupontools.api.SmsContact;
import com.coupontools.api.SmsToolAddContactRequest;
import com.coupontools.api.SmsToolAddContactResponse;
import com.coupontools.api.SmsToolAddGroupRequest;
import com.coupontools.api.SmsToolGroup;
import com.coupontools.api.SmsToolUserListRequest;
import com.coupontools.api.SmsToolUserListResponse;
import com.coupontools.conformance.harness.Call;
import com.coupontools.conformance.harness.ConformanceCase;
import com.coupontools.conformance.harness.TargetKind;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The SMS tool's contacts and groups ({@code client.smsTool()}) and the email tool's groups
 * ({@code client.emailTool()}). Without the integration: 103 (SMS) or 104 (email), which the
 * demo subaccount provokes.
 */
class ToolsConformanceTest {
  private static final String GROUP = "gro_3301";

  private static String newPhone() {
    return "+4479111" + (10000 + ThreadLocalRandom.current().nextInt(89999));
  }

  // smstool_userlist

  @ConformanceCase(
      operation = "smstool_userlist",
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void listContacts(Call call) {
    SmsToolUserListResponse r =
        call.client().smsTool().listContacts(SmsToolUserListRequest.of(GROUP));
    assertEquals(GROUP, r.groupId());
    assertEquals(r.contact().size(), r.amountOfContacts());
    for (SmsContact c : r.contact()) {
      assertTrue(c.id().startsWith("con_"), c::toString);
      assertEquals(c.unsubscribed(), c.unsubscribedate().isPresent(), c::toString);
    }
  }

  // smstool_addgroup

  @ConformanceCase(
      operation = "smstool_addgroup",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void createGroup(Call call) {
    SmsToolGroup g = call.client()
        .smsTool()
        .createGroup(SmsToolAddGroupRequest.of("Subscribers to keyword burger"))
        .group();
    assertTrue(g.id().matches("^gro_[0-9]+$"), g::toString);
    if (call.onSandbox()) {
      assertEquals("Subscribers to keyword burger", g.name());
      assertTrue(call.client().smsTool().listGroups().group().stream()
          .anyMatch(x -> x.id().equals(g.id())));
    }
  }

  // smstool_addcontact

  @ConformanceCase(
      operation = "smstool_addcontact",
      writes = true,
      targets = {TargetKind.MOCK, TargetKind.SANDBOX})
  void addContact(Call call) {
    String phone = newPhone();
    SmsToolAddContactResponse r = call.client()
        .smsTool()
        .addContact(SmsToolAddContactRequest.of(GROUP, phone).toBuilder()
            .firstName("Jeff")
            .lastName("Jefferson")
            .birthday(java.time.LocalDate.of(1985, 6, 30))
            .customfield1("pizza lover")
            .build());
    assertEquals(GROUP, r.groupId());
    assertFalse(r.contact().unsubscribed());
    if (call.onSandbox()) {
      assertEquals(
          phone.substring(1), r.contact().phone()); // digits without the +, as the list shows them
      assertTrue(
          call.client().smsTool().listContacts(SmsToolUserListRequest.of(GROUP)).contact().stream()
              .anyMatch(c -> c.id().equals(r.contact().id())));
    }
  }

  // emailtool_grouplist

  @ConformanceCase(operation = "emailtool_grouplist")
  void listEmailGroups(Call call) {
    EmailToolGroupListResponse r = call.client().emailTool().listGroups();
    assertEquals(r.group().size(), r.amountOfGroups());
    r.group().forEach(g -> assertTrue(g.id().matches("^gro_[0-9]+$"), g::toString));
    if (call.onSandbox()) {
      assertTrue(r.group().stream().anyMatch(g -> g.id().equals("gro_7101")));
    }
  }
}
