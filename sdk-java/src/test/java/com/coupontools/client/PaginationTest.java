package com.coupontools.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.coupontools.api.CampaignDataItem;
import com.coupontools.api.CampaignDataRequest;
import com.coupontools.api.CampaignDataResponse;
import com.coupontools.api.DirectoryUsersListRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Paged operations: pages, the stop rule of x-pagination, lazy auto-pagers that keep the request's options. */
class PaginationTest extends ClientTestSupport {

  static String dataPage(int from, int count) {
    List<String> items = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      items.add("{\"sequenceid\":\"" + i + "\",\"session\":\"s" + String.format("%05d", i)
          + "\",\"status\":{}}");
    }
    return "{\"status\":{\"status\":\"OK\"},\"campaign\":\"cam_1\",\"action\":\"x\",\"amount_of_results\":\"250\",\"data\":["
        + String.join(",", items) + "]}";
  }

  @Test
  void aFullPageHasANextOneAndAShortPageIsTheLast() throws Exception {
    server.enqueue(json(dataPage(1, 100)));
    server.enqueue(json(dataPage(101, 100)));
    server.enqueue(json(dataPage(201, 50)));
    Page<CampaignDataItem, CampaignDataResponse> first = client()
        .campaigns()
        .data(CampaignDataRequest.builder()
            .campaign("cam_1")
            .startDate("2026-01-01")
            .build());
    assertEquals(100, first.items().size());
    assertEquals(250L, first.response().amountOfResults());
    assertTrue(first.hasNextPage());
    Page<CampaignDataItem, CampaignDataResponse> second = first.nextPage();
    Page<CampaignDataItem, CampaignDataResponse> third = second.nextPage();
    assertFalse(third.hasNextPage());
    assertThrows(NoSuchElementException.class, third::nextPage);
    take();
    assertEquals(
        "{\"campaign\":\"cam_1\",\"page\":2,\"start_date\":\"2026-01-01\"}",
        take().getBody().readUtf8());
    assertEquals(
        "{\"campaign\":\"cam_1\",\"page\":3,\"start_date\":\"2026-01-01\"}",
        take().getBody().readUtf8());
  }

  @Test
  void theAutoPagerFetchesLazilyAndKeepsTheClientsOptions() throws Exception {
    server.enqueue(json(dataPage(1, 100)));
    server.enqueue(json(dataPage(101, 100)));
    server.enqueue(json(dataPage(101, 100)));
    server.enqueue(json(dataPage(201, 0)));
    CoupontoolsClient form = client().withOptions(b -> b.bodyEncoding(BodyEncoding.FORM));
    Page<CampaignDataItem, CampaignDataResponse> first =
        form.campaigns().opens(CampaignDataRequest.of("cam_1"));
    assertEquals(1, server.getRequestCount(), "only the first page so far");
    List<Long> seen = first.autoPager().stream()
        .limit(150)
        .map(CampaignDataItem::sequenceId)
        .collect(Collectors.toList());
    assertEquals(150, seen.size());
    assertEquals(2, server.getRequestCount(), "150 items need two pages, not three");
    assertEquals(
        200,
        first.autoPager().stream().count(),
        "a new walk from page 1; the last full page needs an empty one to end");
    assertEquals(4, server.getRequestCount());
    take();
    RecordedRequest second = take();
    assertEquals("/v3/campaign/opens", second.getPath());
    assertEquals(
        "campaign=cam_1&page=2", second.getBody().readUtf8(), "page 2 went out as a form too");
  }

  @Test
  void directoryUsersPageOnTheirUsersField() {
    StringBuilder users = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      users
          .append(i == 0 ? "" : ",")
          .append("{\"ID\":\"reg_")
          .append(i)
          .append("\",\"email\":\"u@x.y\",\"first_name\":\"a\","
              + "\"last_name\":\"b\",\"phone\":\"\",\"registration_date\":\"2026-01-01 00:00:00\",\"payment_status\":\"\","
              + "\"expiry_date\":\"\",\"blocked\":\"0\"}");
    }
    server.enqueue(json(
        "{\"status\":{\"status\":\"OK\"},\"directory\":\"dir_1\",\"page\":\"1\",\"amount_of_results\":\"3\","
            + "\"users\":[" + users + "]}"));
    var page = client().directories().listUsers(DirectoryUsersListRequest.of("dir_1"));
    assertEquals(3, page.items().size());
    assertFalse(page.hasNextPage());
    assertEquals(false, page.items().get(0).blocked());
    assertTrue(
        page.items().get(0).paymentStatus().isEmpty(), "an empty payment status is no value");
  }

  @Test
  void asyncPagesWalkEveryPageWithoutBlocking() {
    server.enqueue(json(dataPage(1, 100)));
    server.enqueue(json(dataPage(101, 7)));
    List<Long> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    client()
        .async()
        .campaigns()
        .claims(CampaignDataRequest.of("cam_1"))
        .thenCompose(p -> p.forEachAsync(i -> seen.add(i.sequenceId())))
        .join();
    assertEquals(107, seen.size());
    assertEquals(107L, seen.get(106));
  }
}
