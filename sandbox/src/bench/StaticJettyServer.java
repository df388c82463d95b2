import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The floor of the sandbox's HTTP server on this machine: Jetty with the same thread pool and
 * connector as {@code HttpLayer}, a blocking handler answering every request with one fixed body
 * (the sandbox's couponsession/data answer).
 * {@code java -cp sandbox/target/coupontools-sandbox.jar StaticJettyServer.java PORT BODY_FILE}
 */
public class StaticJettyServer {
  public static void main(String[] args) throws Exception {
    byte[] body = Files.readAllBytes(Path.of(args[1]));
    Server s = new Server(new QueuedThreadPool(20, 4, 60_000));
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    ServerConnector c = new ServerConnector(s, 1, 1, new HttpConnectionFactory(http));
    c.setHost("127.0.0.1");
    c.setPort(Integer.parseInt(args[0]));
    s.addConnector(c);
    s.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback)
          throws Exception {
        Content.Source.asInputStream(request).readAllBytes();
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
      }
    });
    s.start();
    System.out.println("listening");
  }
}
