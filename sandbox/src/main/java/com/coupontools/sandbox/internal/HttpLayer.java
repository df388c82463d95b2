package com.coupontools.sandbox.internal;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The API over HTTP/1.1 on Jetty's core server (no servlet layer). Jetty parses the request; every
 * answer is the sandbox's, including the ones for requests Jetty cannot parse (a target that is not
 * a URI, control characters in a header, a head over {@link #MAX_HEAD_BYTES}): those reach
 * {@link ApiHandler#handleUnreadable}, never Jetty's own HTML error page (README, "What the HTTP
 * layer answers").
 */
public final class HttpLayer implements AutoCloseable {
  /** The request line and headers together; larger heads get 431 with the envelope. */
  public static final int MAX_HEAD_BYTES = 64 * 1024;

  /** Responses up to this size go out with a Content-Length; larger ones stream chunked. */
  private static final int BUFFER = 64 * 1024;

  private final Server server;
  private final ServerConnector connector;
  private final AtomicInteger inFlight = new AtomicInteger();

  /**
   * Listens on {@code host:port} (0 = a free port) and runs requests on up to {@code threads}
   * threads (blocking handlers; the database work runs on them).
   */
  public HttpLayer(String host, int port, ApiHandler api, int threads) throws IOException {
    // Jetty takes the acceptor and selector threads (one each) and a few reserved ones from the
    // same pool.
    QueuedThreadPool pool = new QueuedThreadPool(threads + 4, 4, 60_000);
    pool.setName("sandbox-http");
    // Not daemons: a running server keeps the JVM alive (Main returns after start) until stop().
    server = new Server(pool);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(MAX_HEAD_BYTES);
    // Path parameters are the sandbox's to judge (an encoded '/' in an ID is an invalid ID, 30x),
    // not an HTTP-layer 400 for an "ambiguous" path.
    http.setUriCompliance(UriCompliance.UNSAFE);
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    connector.setAcceptQueueSize(128);
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        inFlight.incrementAndGet();
        try {
          JettyExchange ex = new JettyExchange(request, response);
          api.handle(ex);
          ex.finish(callback);
        } finally {
          inFlight.decrementAndGet();
        }
        return true;
      }
    });
    server.setErrorHandler(new Request.Handler() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        if (response.isCommitted()) {
          callback.failed(new IOException("response already started")); // closes the connection
          return true;
        }
        Object s = request.getAttribute(ErrorHandler.ERROR_STATUS);
        Object m = request.getAttribute(ErrorHandler.ERROR_MESSAGE);
        int status = s instanceof Integer i ? i : 400;
        // A request the server could not parse is bad input: never answered with a 5xx (505, 501).
        if (status < 400 || status >= 500) {
          status = 400;
        }
        String reason =
            m instanceof String text && !text.isBlank() ? text : HttpStatus.getMessage(status);
        JettyExchange ex = new JettyExchange(request, response);
        ex.closeConnection(); // what follows an unparsable head cannot be trusted
        api.handleUnreadable(
            ex,
            status,
            HttpStatus.getMessage(status),
            reason,
            reason.startsWith("Illegal character"));
        ex.finish(callback);
        return true;
      }
    });
    try {
      server.start();
    } catch (IOException e) {
      stopQuietly();
      throw e;
    } catch (Exception e) {
      stopQuietly();
      throw new IOException(e.getMessage(), e);
    }
  }

  public int port() {
    return connector.getLocalPort();
  }

  /** Lets running exchanges finish for up to {@code graceSeconds}, then closes every connection. */
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
    stopQuietly();
  }

  private void stopQuietly() {
    try {
      server.stop();
    } catch (Exception e) {
      // stopping: nothing left to do with a failure
    }
  }

  @Override
  public void close() {
    stop(0);
  }

  /** One request and its response, as the API handler sees them. */
  private static final class JettyExchange implements Exchange {
    private final Request request;
    private final Response response;
    private InputStream body;
    private Out out;
    private int status;

    JettyExchange(Request request, Response response) {
      this.request = request;
      this.response = response;
    }

    @Override
    public String method() {
      return request.getMethod();
    }

    @Override
    public String path() {
      try {
        String decoded = request.getHttpURI().getDecodedPath();
        return decoded == null ? rawPath() : decoded;
      } catch (RuntimeException malformed) {
        return rawPath();
      }
    }

    @Override
    public String rawPath() {
      String p = request.getHttpURI().getPath();
      return p == null ? "" : p;
    }

    @Override
    public String rawQuery() {
      return request.getHttpURI().getQuery();
    }

    @Override
    public String header(String name) {
      return request.getHeaders().get(name);
    }

    @Override
    public List<String> headers(String name) {
      return request.getHeaders().getValuesList(name);
    }

    @Override
    public long contentLength() {
      return request.getLength();
    }

    @Override
    public InputStream body() {
      if (body == null) {
        body = Content.Source.asInputStream(request);
      }
      return body;
    }

    @Override
    public void responseHeader(String name, String value) {
      response.getHeaders().put(name, value);
    }

    @Override
    public OutputStream respond(int status) {
      this.status = status;
      response.setStatus(status);
      out = new Out();
      return out;
    }

    @Override
    public int status() {
      return status;
    }

    @Override
    public InetAddress remoteAddress() {
      SocketAddress a = request.getConnectionMetaData().getRemoteSocketAddress();
      return a instanceof InetSocketAddress i ? i.getAddress() : null;
    }

    @Override
    public boolean responseStarted() {
      return out != null;
    }

    @Override
    public void closeConnection() {
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }

    /** Completes the exchange: a response the handler left open is closed; the connection is cut when it failed. */
    void finish(Callback callback) {
      try {
        if (out == null) {
          respond(500).close(); // the handler wrote nothing: never leave a client waiting
        } else {
          out.close();
        }
        callback.succeeded();
      } catch (IOException | RuntimeException e) {
        callback.failed(e);
      }
    }

    /** Buffers up to {@link #BUFFER} bytes (then a Content-Length); beyond that, streams chunked. */
    private final class Out extends OutputStream {
      private ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
      private OutputStream stream;
      private boolean closed;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        if (closed) {
          throw new IOException("response closed");
        }
        if (stream != null) {
          stream.write(b, off, len);
          return;
        }
        buffer.write(b, off, len);
        if (buffer.size() > BUFFER) {
          // No Content-Length: chunked, in chunks of BUFFER bytes (one blocking write each, not one
          // per 8 KiB
          // flush of the JSON generator).
          stream = new BufferedOutputStream(Content.Sink.asOutputStream(response), BUFFER);
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
        if (stream != null) {
          stream.close(); // the last chunk
          return;
        }
        byte[] bytes = buffer.toByteArray();
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        try (Blocker.Callback done = Blocker.callback()) {
          response.write(true, ByteBuffer.wrap(bytes), done);
          done.block();
        }
      }
    }
  }
}
