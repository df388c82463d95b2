package com.coupontools.client;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One page of a paged operation (campaign usage data, directory users, session searches…):
 * its items, the whole response, and the way to the next page, which is the same request with
 * the next page number, sent through the same client (so with the same timeout, encoding and
 * retries). When a page is the last is the operation's rule from the spec ({@code x-pagination}):
 * for all of them today, a page holding fewer items than a full page.
 *
 * <pre>{@code
 * Page<CampaignDataItem, CampaignDataResponse> page = client.campaigns().data(CampaignDataRequest.of("cam_123456"));
 * for (CampaignDataItem item : page.autoPager()) {   // fetches the next pages lazily
 *   System.out.println(item.session());
 * }
 * }</pre>
 *
 * @param <T> the item type
 * @param <R> the response type of one page
 */
public interface Page<T, R> {
  /** This page's items. */
  List<T> items();

  /** This page's whole response (totals, echoes of the request). */
  R response();

  /** Whether there is a next page to fetch. */
  boolean hasNextPage();

  /**
   * Fetches the next page.
   *
   * @throws NoSuchElementException when this is the last page
   */
  Page<T, R> nextPage();

  /** Fetches the next page without blocking; fails with {@link NoSuchElementException} after the last. */
  CompletableFuture<Page<T, R>> nextPageAsync();

  /** This page's items, then every next page's, each page fetched when iteration reaches it. */
  AutoPager<T> autoPager();

  /** Calls {@code action} for this page's items and every next page's, fetching without blocking. */
  CompletableFuture<Void> forEachAsync(Consumer<? super T> action);
}
