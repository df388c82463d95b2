package com.coupontools.sandbox.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The API on the JDK's built-in HTTP server ({@code jdk.httpserver}). */
public final class JdkServer implements AutoCloseable {
  static {
    // Small responses on a kept-alive connection must not wait for Nagle's delayed ACK.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final int BUFFER = 64 * 1024;

  private final HttpServer server;
  private final ExecutorService workers;
  private final AtomicInteger inFlight = new AtomicInteger();

  public JdkServer(String host, int port, ApiHandler api, int threads) throws IOException {
    AtomicInteger n = new AtomicInteger();
    workers = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, "sandbox-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server = HttpServer.create(new InetSocketAddress(host, port), 128);
    server.setExecutor(workers);
    server.createContext("/", x -> {
      inFlight.incrementAndGet();
      try {
        api.handle(new Jdk(x));
      } finally {
        inFlight.decrementAndGet();
      }
    });
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Lets running exchanges finish for up to {@code graceSeconds}, then closes every connection.
   * (JDK 17's own {@code stop(delay)} always waits the whole delay, even when idle.)
   */
  public void stop(int graceSeconds) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(graceSeconds);
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    server.stop(0);
    workers.shutdownNow();
  }

  @Override
  public void close() {
    stop(0);
  }

  private static final class Jdk implements Exchange {
    private final HttpExchange x;
    private boolean started;
    private int status;

    Jdk(HttpExchange x) {
      this.x = x;
    }

    @Override
    public String method() {
      return x.getRequestMethod();
    }

    @Override
    public String path() {
      return x.getRequestURI().getPath();
    }

    @Override
    public String rawPath() {
      return x.getRequestURI().getRawPath();
    }

    @Override
    public String rawQuery() {
      return x.getRequestURI().getRawQuery();
    }

    @Override
    public String header(String name) {
      return x.getRequestHeaders().getFirst(name);
    }

    @Override
    public java.util.List<String> headers(String name) {
      java.util.List<String> v = x.getRequestHeaders().get(name);
      return v == null ? java.util.List.of() : v;
    }

    @Override
    public long contentLength() {
      String v = x.getRequestHeaders().getFirst("Content-Length");
      try {
        return v == null ? -1 : Long.parseLong(v.trim());
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    @Override
    public InputStream body() {
      return x.getRequestBody();
    }

    @Override
    public void responseHeader(String name, String value) {
      x.getResponseHeaders().set(name, value);
    }

    @Override
    public OutputStream respond(int status) {
      started = true;
      this.status = status;
      return new Out(status);
    }

    @Override
    public int status() {
      return status;
    }

    @Override
    public java.net.InetAddress remoteAddress() {
      InetSocketAddress a = x.getRemoteAddress();
      return a == null ? null : a.getAddress();
    }

    @Override
    public boolean responseStarted() {
      return started;
    }

    @Override
    public void closeConnection() {
      x.getResponseHeaders().set("Connection", "close");
    }

    /** Buffers up to 64 KiB (then Content-Length); beyond that, streams chunked. */
    private final class Out extends OutputStream {
      private final int status;
      private ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
      private OutputStream stream;
      private boolean closed;

      Out(int status) {
        this.status = status;
      }

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (stream != null) {
          stream.write(b, off, len);
          return;
        }
        buffer.write(b, off, len);
        if (buffer.size() > BUFFER) {
          x.sendResponseHeaders(status, 0); // chunked
          stream = x.getResponseBody();
          buffer.writeTo(stream);
          buffer = null;
        }
      }

      @Override
      public void flush() throws IOException {
        if (stream != null) {
          stream.flush();
        }
      }

      @Override
      public void close() throws IOException {
        if (closed) {
          return;
        }
        closed = true;
        try {
          if (stream == null) {
            x.sendResponseHeaders(status, buffer.size() == 0 ? -1 : buffer.size());
            stream = x.getResponseBody();
            buffer.writeTo(stream);
          }
          stream.close();
        } finally {
          x.close();
        }
      }
    }
  }
}
