import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;

/**
 * The floor of the JDK's HTTP server on this machine: the same server and worker pool as the
 * sandbox, answering every request with one fixed body (the sandbox's couponsession/data answer).
 * {@code java StaticJdkServer.java PORT BODY_FILE}
 */
public class StaticJdkServer {
  public static void main(String[] args) throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    byte[] body = Files.readAllBytes(Path.of(args[1]));
    HttpServer s =
        HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 128);
    s.setExecutor(Executors.newFixedThreadPool(16));
    s.createContext("/", x -> {
      x.getRequestBody().readAllBytes();
      x.getResponseHeaders().set("Content-Type", "application/json");
      x.sendResponseHeaders(200, body.length);
      x.getResponseBody().write(body);
      x.close();
    });
    s.start();
    System.out.println("listening");
  }
}
