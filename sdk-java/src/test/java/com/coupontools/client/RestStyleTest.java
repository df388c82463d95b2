package com.coupontools.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.errors.ApiException;
import com.coupontools.errors.MissingParameterException;
import com.coupontools.errors.NotFoundException;
import com.coupontools.fixture.NoteCreate;
import com.coupontools.fixture.Pagination;
import com.coupontools.fixture.Thing;
import com.coupontools.fixture.ThingsService;
import com.coupontools.fixture.ThingsServiceAsync;
import com.coupontools.fixture.V4ThingDeleteRequest;
import com.coupontools.fixture.V4ThingGetRequest;
import com.coupontools.fixture.V4ThingListRequest;
import com.coupontools.fixture.V4ThingNoteCreateRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletionException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The v4 REST shape (issue 12) through the fixture contract src/test/fixture/openapi.yaml,
 * generated with the same templates: path and query parameters, GET/DELETE without a body,
 * bare JSON arrays, a JSON-only body, the REST error body, and a deepObject paging rule.
 */
class RestStyleTest extends ClientTestSupport {
  private static final String THING =
      "{\"id\":4321,\"name\":\"lamp\",\"voided\":false,\"created_at\":\"2026-03-14T09:26:53Z\",\"kind\":\"big\"}";

  private ThingsService things(CoupontoolsClient client) {
    return new ThingsService(client.transport());
  }

  @Test
  void pathParametersAreEncodedAndGetSendsNoBody() throws Exception {
    server.enqueue(json(THING));
    Thing t = things(client()).get(V4ThingGetRequest.of(4321L));
    assertEquals(4321L, t.id());
    assertEquals(OffsetDateTime.parse("2026-03-14T09:26:53Z"), t.createdAt());
    assertEquals(Thing.Kind.of("big"), t.kind().orElseThrow());
    RecordedRequest r = take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v4/things/4321", r.getPath());
    assertEquals(0, r.getBodySize());
    assertNull(r.getHeader("Content-Type"));
    assertThrows(
        MissingParameterException.class,
        () -> V4ThingGetRequest.builder().build(),
        "a path parameter is required");
  }

  @Test
  void queryParametersIncludingADeepObjectAndBareArrays() throws Exception {
    server.enqueue(json("[" + THING + "," + THING.replace("4321", "4322") + "]"));
    List<Thing> page = things(client())
        .list(V4ThingListRequest.builder()
            .filter("a b&c")
            .includeVoided(true)
            .pagination(Pagination.builder().page(2).perPage(2).build())
            .build())
        .items();
    assertEquals(2, page.size());
    assertEquals(
        "/v4/things?filter=a%20b%26c&include_voided=true&pagination%5Bpage%5D=2&pagination%5Bper_page%5D=2",
        take().getPath());
  }

  @Test
  void theDeepObjectPageNumberDrivesTheAutoPager() throws Exception {
    server.enqueue(json("[" + THING + "," + THING + "]"));
    server.enqueue(json("[" + THING + "]"));
    Page<Thing, List<Thing>> first = things(client())
        .list(V4ThingListRequest.builder()
            .filter("x")
            .pagination(Pagination.builder().perPage(2).build())
            .build());
    assertTrue(first.hasNextPage());
    assertEquals(3, first.autoPager().stream().count());
    assertEquals("/v4/things?filter=x&pagination%5Bper_page%5D=2", take().getPath());
    assertEquals(
        "/v4/things?filter=x&pagination%5Bpage%5D=2&pagination%5Bper_page%5D=2",
        take().getPath(), "the next page keeps the request's other values");
  }

  @Test
  void deleteWithoutContentAndAJsonOnlyBody() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));
    things(builder().bodyEncoding(BodyEncoding.FORM).build()).delete(V4ThingDeleteRequest.of(7L));
    RecordedRequest d = take();
    assertEquals("DELETE", d.getMethod());
    assertEquals("/v4/things/7", d.getPath());

    server.enqueue(json("{\"id\":1,\"text\":\"hi\"}").setResponseCode(201));
    things(builder().bodyEncoding(BodyEncoding.FORM).build())
        .addNote(V4ThingNoteCreateRequest.builder().thingId(7L).text("hi").build());
    RecordedRequest p = take();
    assertEquals("/v4/things/7/notes", p.getPath());
    assertEquals(
        "application/json",
        p.getHeader("Content-Type"),
        "a JSON-only operation ignores the form setting");
    assertEquals(
        "{\"text\":\"hi\"}", p.getBody().readUtf8(), "path parameters stay out of the body");
    assertFalse(NoteCreate.builder().text("x").build().pinned().isPresent());
  }

  @Test
  void restErrorsMapToTheSameFamilies() {
    server.enqueue(
        json("{\"error\":{\"code\":507,\"message\":\"Thing not found.\",\"parameter\":\"thingId\"}}")
            .setResponseCode(404)
            .setHeader("X-Request-Id", "req_1"));
    NotFoundException e =
        assertThrows(NotFoundException.class, () -> things(client()).get(V4ThingGetRequest.of(9L)));
    assertEquals(507, e.code());
    assertEquals("thingId", e.parameter());
    assertEquals("507 Thing not found. (things.get, HTTP 404, request req_1)", e.getMessage());

    server.enqueue(new MockResponse().setResponseCode(404));
    ApiException bare =
        assertThrows(NotFoundException.class, () -> things(client()).get(V4ThingGetRequest.of(9L)));
    assertEquals(0, bare.code(), "a bare 404 is still a NotFoundException");

    server.enqueue(json("{\"status\":{\"status\":\"failed\"}}"));
    things(client())
        .get(V4ThingGetRequest.of(9L)); // a REST 2xx body is never read as the v3 envelope
  }

  @Test
  void asyncRestCalls() {
    server.enqueue(json("[" + THING + "]"));
    ThingsServiceAsync async = new ThingsServiceAsync(client().transport());
    assertEquals(1, async.list().join().items().size());
    server.enqueue(
        json("{\"error\":{\"code\":507,\"message\":\"Thing not found.\"}}").setResponseCode(404));
    CompletionException e = assertThrows(
        CompletionException.class, () -> async.get(V4ThingGetRequest.of(1L)).join());
    assertTrue(e.getCause() instanceof NotFoundException, e.toString());
  }
}
