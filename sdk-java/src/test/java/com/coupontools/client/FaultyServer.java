package com.coupontools.client;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A keep-alive HTTP/1.1 server that misbehaves on cue: each request it reads is answered with
 * the next scripted {@link Fault}. Unlike MockWebServer it can reset (RST) a pooled connection
 * right after reading a request, which is what made OkHttp's own retry re-send POSTs.
 */
final class FaultyServer implements AutoCloseable {
  enum Fault {
    ANSWER_OK,
    CLOSE_AFTER_REQUEST,
    RESET_AFTER_REQUEST,
    /** Answers, then closes the idle connection 200 ms later, as a short keep-alive timeout does. */
    ANSWER_THEN_CLOSE_WHEN_IDLE
  }

  private final ServerSocket socket;
  private final Queue<Fault> script = new ConcurrentLinkedQueue<>();
  private final String okBody;
  private final AtomicInteger requests = new AtomicInteger();
  private final Thread acceptor;

  FaultyServer(String okBody) throws IOException {
    this.okBody = okBody;
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::acceptLoop, "faulty-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  FaultyServer then(Fault... faults) {
    script.addAll(java.util.List.of(faults));
    return this;
  }

  String url() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/";
  }

  /** Requests read completely (head and body), whatever the answer. */
  int requestCount() {
    return requests.get();
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket s = socket.accept();
        Thread t = new Thread(() -> serve(s), "faulty-connection");
        t.setDaemon(true);
        t.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket s) {
    try (s;
        InputStream in = new BufferedInputStream(s.getInputStream());
        OutputStream out = s.getOutputStream()) {
      while (readRequest(in)) {
        requests.incrementAndGet();
        Fault f = script.poll();
        if (f == null || f == Fault.ANSWER_OK || f == Fault.ANSWER_THEN_CLOSE_WHEN_IDLE) {
          byte[] body = okBody.getBytes(StandardCharsets.UTF_8);
          out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                  + body.length + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
          out.write(body);
          out.flush();
          if (f == Fault.ANSWER_THEN_CLOSE_WHEN_IDLE) {
            Thread.sleep(200);
            return; // FIN, no Connection: close on the answer
          }
        } else {
          if (f == Fault.RESET_AFTER_REQUEST) {
            s.setSoLinger(true, 0); // close() then sends RST instead of FIN
          }
          return;
        }
      }
    } catch (IOException e) {
      // the client went away
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Reads one request; false at end of stream. */
  private static boolean readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      head.write(b);
      byte[] h = head.toByteArray();
      int n = h.length;
      if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
        break;
      }
    }
    if (b == -1) {
      return false;
    }
    long length = 0;
    for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Long.parseLong(line.substring(15).trim());
      }
    }
    for (long i = 0; i < length; i++) {
      if (in.read() == -1) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
