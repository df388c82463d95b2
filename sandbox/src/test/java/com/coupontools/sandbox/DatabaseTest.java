package com.coupontools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.sandbox.Api.Creds;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Choosing the engine: the --data forms, the password rule, and a pool the embedding code owns. */
class DatabaseTest {
  @Test
  void theDataFlagNamesMemoryADirectoryOrAPostgresUrl() {
    assertEquals(Database.Kind.MEMORY, Database.parse("mem", Map.of()).kind());
    assertEquals(Path.of("some/dir"), Database.parse("some/dir", Map.of()).directory());
    Database pg = Database.parse(
        "jdbc:postgresql://127.0.0.1:5432/sb?user=sandbox",
        Map.of(Database.PASSWORD_ENV, "s3cret"));
    assertEquals(Database.Kind.POSTGRESQL, pg.kind());
    assertEquals("s3cret", pg.password());
    assertNull(Database.parse("jdbc:postgresql://127.0.0.1/sb", Map.of()).password());
  }

  @Test
  void aPasswordInTheUrlIsRefusedAndTheUrlIsShownWithoutItsQuery() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class,
        () -> Database.parse("jdbc:postgresql://h/db?user=u&password=leak", Map.of()));
    assertTrue(e.getMessage().contains(Database.PASSWORD_ENV), e.getMessage());
    assertFalse(e.getMessage().contains("leak"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> Database.parse("jdbc:mysql://h/db", Map.of()));
    assertEquals(
        "jdbc:postgresql://h:5432/db?…",
        Database.postgres("jdbc:postgresql://h:5432/db?user=u&ssl=true", null).toString());
    assertEquals(
        "jdbc:postgresql://…@h/db",
        Database.postgres("jdbc:postgresql://u@h/db", null).toString());
  }

  @Test
  void aSandboxRunsOnAPoolTheCallerOwnsAndLeavesItOpen() {
    TestPostgres pg = TestPostgres.get();
    HikariConfig cfg = new HikariConfig();
    cfg.setJdbcUrl(pg.url(pg.createDatabase()));
    cfg.setPassword(pg.password);
    cfg.setMaximumPoolSize(4);
    try (HikariDataSource ds = new HikariDataSource(cfg)) {
      try (Sandbox s =
          Sandbox.start(SandboxConfig.defaults().port(0).database(Database.postgres(ds)))) {
        Api api = new Api(s.baseUrl());
        assertEquals(
            200,
            api.send("GET", "/_sandbox/ready", null, null, Creds.NONE, Map.of()).status());
        assertTrue(api.post("/v3/coupon/info", Map.of("campaign", "cam_123456")).ok());
      }
      assertFalse(ds.isClosed(), "the sandbox must not close a pool it was given");
    }
  }
}
