package com.coupontools.internal;

import com.coupontools.client.AutoPager;
import com.coupontools.client.Page;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One paged operation's rule, generated from its {@code x-pagination}: where the items are, how
 * to read and set the page number on the request, the page size, and that a page holding fewer
 * items than a full page (an empty one included) is the last.
 *
 * @param <Q> the request type
 * @param <R> the response type
 * @param <T> the item type
 */
public final class Pager<Q, R, T> {
  private final Function<R, List<T>> items;
  private final ToIntFunction<Q> pageOf;
  private final BiFunction<Q, Integer, Q> withPage;
  private final ToIntFunction<Q> perPage;

  /**
   * @param items the items of a response
   * @param pageOf the page number a request asks for (1 when unset)
   * @param withPage the same request asking for another page
   * @param perPage the size of a full page for a request
   */
  public Pager(
      Function<R, List<T>> items,
      ToIntFunction<Q> pageOf,
      BiFunction<Q, Integer, Q> withPage,
      ToIntFunction<Q> perPage) {
    this.items = items;
    this.pageOf = pageOf;
    this.withPage = withPage;
    this.perPage = perPage;
  }

  /** The page {@code response} answered {@code request} with; the next pages come from {@code fetch}. */
  public Page<T, R> page(
      Q request, R response, Function<Q, R> fetch, Function<Q, CompletableFuture<R>> fetchAsync) {
    return new PageImpl(request, response, fetch, fetchAsync);
  }

  private final class PageImpl implements Page<T, R> {
    private final Q request;
    private final R response;
    private final List<T> pageItems;
    private final Function<Q, R> fetch;
    private final Function<Q, CompletableFuture<R>> fetchAsync;

    PageImpl(
        Q request, R response, Function<Q, R> fetch, Function<Q, CompletableFuture<R>> fetchAsync) {
      this.request = request;
      this.response = response;
      this.pageItems = items.apply(response);
      this.fetch = fetch;
      this.fetchAsync = fetchAsync;
    }

    @Override
    public List<T> items() {
      return pageItems;
    }

    @Override
    public R response() {
      return response;
    }

    @Override
    public boolean hasNextPage() {
      return !pageItems.isEmpty() && pageItems.size() >= perPage.applyAsInt(request);
    }

    private Q next() {
      if (!hasNextPage()) {
        throw new NoSuchElementException("this is the last page");
      }
      return withPage.apply(request, pageOf.applyAsInt(request) + 1);
    }

    @Override
    public Page<T, R> nextPage() {
      Q next = next();
      return new PageImpl(next, fetch.apply(next), fetch, fetchAsync);
    }

    @Override
    public CompletableFuture<Page<T, R>> nextPageAsync() {
      Q next;
      try {
        next = next();
      } catch (NoSuchElementException e) {
        return CompletableFuture.failedFuture(e);
      }
      return fetchAsync.apply(next).thenApply(r -> new PageImpl(next, r, fetch, fetchAsync));
    }

    @Override
    public AutoPager<T> autoPager() {
      return new AutoPager<>() {
        @Override
        public Iterator<T> iterator() {
          return new Items(PageImpl.this);
        }

        @Override
        public Stream<T> stream() {
          return StreamSupport.stream(
              Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
        }
      };
    }

    @Override
    public CompletableFuture<Void> forEachAsync(Consumer<? super T> action) {
      pageItems.forEach(action);
      return hasNextPage()
          ? nextPageAsync().thenCompose(p -> p.forEachAsync(action))
          : CompletableFuture.completedFuture(null);
    }

    @Override
    public String toString() {
      return "Page{" + pageItems.size() + " items, page " + pageOf.applyAsInt(request)
          + (hasNextPage() ? ", more" : ", last") + "}";
    }
  }

  private final class Items implements Iterator<T> {
    private Page<T, R> page;
    private Iterator<T> current;

    Items(Page<T, R> first) {
      page = first;
      current = first.items().iterator();
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && page.hasNextPage()) {
        page = page.nextPage();
        current = page.items().iterator();
      }
      return current.hasNext();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
