package com.coupontools.sandbox.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.coupontools.api.CouponSessionUpdateRequest;
import com.coupontools.api.SingleUseCreateRequest;
import com.coupontools.api.WebhookEvent;
import com.coupontools.api.WebhookSignature;
import com.coupontools.client.CoupontoolsClient;
import com.coupontools.errors.AuthenticationException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.opentest4j.AssertionFailedError;

@CoupontoolsSandbox
class KitTest {
  static String validateNewSession(CoupontoolsClient client, SandboxTenant tenant) {
    String session = client
        .singleUse()
        .create(SingleUseCreateRequest.of(tenant.id("cam_123456")))
        .singleUseCode();
    client
        .couponSessions()
        .update(CouponSessionUpdateRequest.of(session).toBuilder()
            .status(CouponSessionUpdateRequest.Status.VALIDATE)
            .build());
    return session;
  }

  @Test
  void parametersAreTheTenantsAndSecretsAreNotPrinted(
      CoupontoolsClient client, SandboxTenant tenant, URI baseUrl) {
    assertEquals(tenant.baseUrl(), baseUrl);
    assertTrue(baseUrl.toString().startsWith("http://127.0.0.1:"), baseUrl::toString);
    assertTrue(tenant.tenantId().startsWith("ten_"), tenant::tenantId);
    assertNotEquals(
        "cam_123456", tenant.id("cam_123456"), "the tenant's own copy of the demo campaign");
    assertEquals(tenant.client(), client);
    assertFalse(tenant.toString().contains(tenant.clientSecret()), tenant::toString);
    assertTrue(
        client.campaigns().list().couponInfo().size() >= 4,
        "the tenant's copy of the demo campaigns");
  }

  @Test
  void aReceiverThatAnswers500GetsTheSameEventAgain(
      CoupontoolsClient client, SandboxTenant tenant) {
    tenant.answerWebhooksWith(500);
    String session;
    ReceivedWebhook first;
    try {
      session = validateNewSession(client, tenant);
      first = awaitFor(tenant, session, Duration.ofSeconds(5));
      assertEquals(500, first.answeredStatus());
    } finally {
      tenant.answerWebhooksWith(200);
    }
    ReceivedWebhook again = awaitFor(tenant, session, Duration.ofSeconds(10));
    assertEquals(first.event().webhook(), again.event().webhook());
    assertEquals(first.body(), again.body(), "a redelivery is the same body");
    assertEquals(200, again.answeredStatus());
  }

  @Test
  void signedDeliveriesVerifyWithTheSdk(CoupontoolsClient client, SandboxTenant tenant) {
    WebhookSignature signature = tenant.signWebhooks();
    String session = validateNewSession(client, tenant);
    ReceivedWebhook w = awaitFor(tenant, session, Duration.ofSeconds(5));
    signature.verify(w.body(), name -> w.header(name).orElse(null));
    assertEquals(w.event().webhook(), w.header("webhook-id").orElseThrow());
  }

  @Test
  void awaitingAWebhookThatNeverComesFailsNamingWhatCame(SandboxTenant tenant) {
    AssertionFailedError e = assertThrows(
        AssertionFailedError.class,
        () -> tenant.awaitWebhook("coupon_voided", Duration.ofMillis(200)));
    assertTrue(e.getMessage().contains("no coupon_voided webhook"), e.getMessage());
  }

  /** The next coupon_validated delivery of this session (other tests of the class validate too). */
  private static ReceivedWebhook awaitFor(SandboxTenant tenant, String session, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      ReceivedWebhook w = tenant.awaitWebhook(
          "coupon_validated", Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
      if (w.event().session().equals(session)) {
        return w;
      }
    }
  }

  // ---- parallel classes ----

  static final Map<String, String> TENANT_OF = new ConcurrentHashMap<>();
  static final Map<String, String> CLIENT_ID_OF = new ConcurrentHashMap<>();
  static final Map<String, String> SESSION_OF = new ConcurrentHashMap<>();
  static final Map<String, WebhookEvent> EVENT_OF = new ConcurrentHashMap<>();

  abstract static class Parallel {
    @Test
    void getsItsOwnWebhook(CoupontoolsClient client, SandboxTenant tenant) {
      String me = getClass().getSimpleName();
      TENANT_OF.put(me, tenant.tenantId());
      CLIENT_ID_OF.put(me, tenant.clientId());
      String session = validateNewSession(client, tenant);
      SESSION_OF.put(me, session);
      EVENT_OF.put(
          me, tenant.awaitWebhook("coupon_validated", Duration.ofSeconds(10)).event());
      assertEquals(
          1,
          tenant.receivedWebhooks().size(),
          "only its own deliveries: " + tenant.receivedWebhooks());
    }
  }

  @CoupontoolsSandbox
  static class ParallelA extends Parallel {}

  @CoupontoolsSandbox
  static class ParallelB extends Parallel {}

  @CoupontoolsSandbox
  static class ParallelC extends Parallel {}

  @Test
  void parallelClassesEachGetTheirOwnTenantDeletedAfter(CoupontoolsClient mine) throws Exception {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(
            selectClass(ParallelA.class),
            selectClass(ParallelB.class),
            selectClass(ParallelC.class))
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
        .configurationParameter(
            "junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
        .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
        .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "3")
        .build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    summary.getFailures().forEach(f -> f.getException().printStackTrace());
    assertEquals(
        3, summary.getTestsSucceededCount(), () -> summary.getFailures().toString());
    assertEquals(
        3, Map.copyOf(TENANT_OF).values().stream().distinct().count(), TENANT_OF::toString);
    for (String c : TENANT_OF.keySet()) {
      assertEquals(
          SESSION_OF.get(c), EVENT_OF.get(c).session(), c + " got its own session's event");
    }
    // After the classes: their tenants are gone, and so are their credentials.
    HttpClient http = HttpClient.newHttpClient();
    for (String tenant : TENANT_OF.values()) {
      HttpResponse<String> r = http.send(
          HttpRequest.newBuilder(SharedSandbox.get().baseUrl.resolve("/_sandbox/tenants/" + tenant))
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(404, r.statusCode(), r::body);
    }
    for (String clientId : CLIENT_ID_OF.values()) {
      try (CoupontoolsClient gone = CoupontoolsClient.builder()
          .baseUrl(SharedSandbox.get().baseUrl.toString())
          .credentials(clientId, "whatever-it-was")
          .maxRetries(0)
          .build()) {
        assertThrows(AuthenticationException.class, () -> gone.campaigns().list());
      }
    }
    assertTrue(
        mine.campaigns().list().couponInfo().size() >= 4, "this class's tenant is untouched");
  }
}
