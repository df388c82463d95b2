package com.coupontools.client;

import java.util.stream.Stream;

/**
 * The items of a page and of every page after it, fetched lazily: iterating (or streaming) asks
 * for the next page only when the current one is used up. Each iteration starts again from the
 * first page it was made from (without fetching that one again).
 *
 * <pre>{@code
 * long vip = client.directories().listUsers(DirectoryUsersListRequest.of("dir_1")).autoPager().stream()
 *     .filter(u -> !u.blocked()).count();
 * }</pre>
 *
 * @param <T> the item type
 */
public interface AutoPager<T> extends Iterable<T> {
  /** The items as a sequential stream (fetching as it is consumed). */
  Stream<T> stream();
}
