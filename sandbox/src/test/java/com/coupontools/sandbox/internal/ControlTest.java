package com.coupontools.sandbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Database;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The guard of the tenant routes and readiness, below HTTP (no traffic leaves loopback). */
class ControlTest {
  /** An exchange from a given peer address, answered into memory. */
  static final class FakeExchange implements Exchange {
    final String method;
    final InetAddress peer;
    final Map<String, String> headers = new HashMap<>();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status;

    FakeExchange(String method, InetAddress peer) {
      this.method = method;
      this.peer = peer;
    }

    @Override
    public String method() {
      return method;
    }

    @Override
    public String path() {
      return "/_sandbox/tenants";
    }

    @Override
    public String header(String name) {
      return headers.get(name);
    }

    @Override
    public String rawQuery() {
      return null;
    }

    @Override
    public java.util.List<String> headers(String name) {
      String v = headers.get(name);
      return v == null ? java.util.List.of() : java.util.List.of(v);
    }

    @Override
    public long contentLength() {
      return 0;
    }

    @Override
    public InputStream body() {
      return new ByteArrayInputStream(new byte[0]);
    }

    @Override
    public void responseHeader(String name, String value) {}

    @Override
    public OutputStream respond(int s) {
      status = s;
      return out;
    }

    @Override
    public boolean responseStarted() {
      return status != 0;
    }

    @Override
    public void closeConnection() {}

    @Override
    public InetAddress remoteAddress() {
      return peer;
    }

    @Override
    public int status() {
      return status;
    }
  }

  @Test
  void withoutATokenOnlyLoopbackClientsMayCreateTenants() throws Exception {
    try (Db db = Db.open(Database.memory())) {
      Control control = new Control(db, new Metrics("sqlite", "x"), null, Clock.systemUTC());
      FakeExchange remote =
          new FakeExchange("POST", InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 7}));
      assertEquals(403, control.handle(remote, "/_sandbox/tenants"));
      assertTrue(remote.out.toString(StandardCharsets.UTF_8).contains("SANDBOX_CONTROL_TOKEN"));
      FakeExchange local = new FakeExchange("POST", InetAddress.getLoopbackAddress());
      assertEquals(201, control.handle(local, "/_sandbox/tenants"));
      FakeExchange ready =
          new FakeExchange("GET", InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 7}));
      assertEquals(200, control.handle(ready, "/_sandbox/ready"), "readiness is open");
    }
  }

  @Test
  void withATokenEvenLoopbackClientsMustSendIt() throws Exception {
    try (Db db = Db.open(Database.memory())) {
      Control control =
          new Control(db, new Metrics("sqlite", "x"), "0123456789abcdef0123", Clock.systemUTC());
      assertEquals(
          403,
          control.handle(
              new FakeExchange("POST", InetAddress.getLoopbackAddress()), "/_sandbox/tenants"));
      FakeExchange remote =
          new FakeExchange("GET", InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 7}));
      remote.headers.put("Authorization", "Bearer 0123456789abcdef0123");
      assertEquals(200, control.handle(remote, "/_sandbox/tenants"));
    }
  }

  @Test
  void notReadyOnceTheDatabaseIsGone() {
    Db db = Db.open(Database.memory());
    assertNull(db.notReady());
    assertEquals(java.util.Set.of("1", "2", "3", "4", "5"), db.migrations());
    db.close();
    assertNotNull(db.notReady());
  }
}
