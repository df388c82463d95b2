package com.coupontools.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** close() releases the dispatcher's threads and the pool at once; derived clients share and do not close them. */
class LifecycleTest extends ClientTestSupport {

  @Test
  void closeReleasesThreadsAndConnections() throws Exception {
    server.enqueue(json("{\"status\":{\"status\":\"OK\"},\"coupon_info\":[]}"));
    CoupontoolsClient client = client();
    client
        .async()
        .campaigns()
        .list()
        .join(); // starts a dispatcher thread, leaves a pooled connection
    okhttp3.OkHttpClient pool = client.transport().pool();
    assertEquals(1, pool.connectionPool().connectionCount());

    client.withTimeout(java.time.Duration.ofSeconds(5)).close();
    assertFalse(
        pool.dispatcher().executorService().isShutdown(),
        "closing a derived client releases nothing");

    client.close();
    assertTrue(pool.dispatcher().executorService().isShutdown());
    assertEquals(0, pool.connectionPool().connectionCount());
    assertTrue(
        pool.dispatcher()
            .executorService()
            .awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS),
        "no idle OkHttp thread keeps the JVM alive");
  }

  @Test
  void tryWithResources() {
    try (CoupontoolsClient c = client()) {
      assertTrue(c.toString().startsWith("CoupontoolsClient{"));
    }
  }
}
