package org.briefdesk.interfaces.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.handlers.PathHandler;
import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.DeploymentManager;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.briefdesk.interfaces.rest.ApiBodyLimit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The body limits on a real Undertow, over loopback: a client that sends a too large body without
 * waiting must still read the refusal (a reset after an unread body used to throw it away, now and then).
 */
class BodyLimitsOnTheWireTest {

    private static final int MB = 1024 * 1024;
    private static Undertow server;
    private static DeploymentManager deployment;
    private static URI base;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Stands in for the application: reads the whole body and answers 200. */
    public static class Accepting extends HttpServlet {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
            response.getWriter().write("ok");
        }
    }

    @BeforeAll
    static void start() throws Exception {
        deployment = Servlets.defaultContainer()
                .addDeployment(Servlets.deployment()
                        .setClassLoader(BodyLimitsOnTheWireTest.class.getClassLoader())
                        .setContextPath("/briefdesk")
                        .setDeploymentName("limits.war")
                        .addFilter(Servlets.filter("api", ApiBodyLimit.class))
                        .addFilterUrlMapping("api", "/api/*", DispatcherType.REQUEST)
                        .addFilter(Servlets.filter("pages", PageBodyLimit.class))
                        .addFilterUrlMapping("pages", "/*", DispatcherType.REQUEST)
                        .addServlet(
                                Servlets.servlet("accepting", Accepting.class).addMapping("/*")));
        deployment.deploy();
        PathHandler root = new PathHandler().addPrefixPath("/briefdesk", deployment.start());
        // Undertow's own last bound, as ear/src/main/server/configure.cli sets it.
        server = Undertow.builder()
                .addHttpListener(0, "127.0.0.1")
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, 64L * MB)
                .setHandler(root)
                .build();
        server.start();
        int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        base = URI.create("http://127.0.0.1:" + port + "/briefdesk/");
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
        deployment.stop();
        deployment.undeploy();
    }

    @Test
    void aClientSendingTenMegabytesToTheApiReadsTheChineseRefusalEveryTime() throws Exception {
        byte[] body = json(10 * MB);
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(base.resolve("api/items"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(413, r.statusCode(), "attempt " + (i + 1));
            assertTrue(r.body().contains("请求体不能超过1 MB"), r.body());
        }
    }

    @Test
    void aSwallowedBodyLeavesTheConnectionOpenForTheNextRequest() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", base.getPort())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            byte[] body = json(2 * MB);
            out.write(head("POST", "api/items", body.length, ""));
            out.write(body);
            String first = response(in);
            assertTrue(first.startsWith("HTTP/1.1 413"), first);
            assertTrue(!first.toLowerCase().contains("connection: close"), first);

            out.write(head("POST", "api/items", 2, ""));
            out.write("{}".getBytes(StandardCharsets.US_ASCII));
            String second = response(in);
            assertTrue(second.startsWith("HTTP/1.1 200"), "the same connection answers again: " + second);
        }
    }

    @Test
    void aClientWaitingFor100ContinueGetsTheRefusalWithoutSendingItsBody() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", base.getPort())) {
            socket.getOutputStream().write(head("POST", "api/items", 40L * MB, "Expect: 100-continue\r\n"));
            String answer = response(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.toLowerCase().contains("connection: close"), answer);
        }
    }

    @Test
    void aBodyBeyondWhatIsWorthSwallowingEndsTheConnection() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", base.getPort())) {
            socket.getOutputStream().write(head("POST", "api/items", RefusedBody.SWALLOW_BYTES + 1, ""));
            String answer = response(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.toLowerCase().contains("connection: close"), answer);
        }
    }

    @Test
    void aPageUploadOverItsLimitIsRefusedAndTheClientReadsTheRefusal() throws Exception {
        byte[] body = new byte[12 * MB];
        Arrays.fill(body, (byte) 'x');
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(base.resolve("officer/report.xhtml"))
                            .header("Content-Type", "application/octet-stream")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(413, r.statusCode(), "attempt " + (i + 1));
        }
    }

    @Test
    void aPageBodyWithoutALengthIsRefusedWith411AndTheConnectionStaysUsable() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", base.getPort())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST /briefdesk/officer/report.xhtml HTTP/1.1\r\nHost: localhost\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n5\r\n标题\r\n0\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            String first = response(in);
            assertTrue(first.startsWith("HTTP/1.1 411"), first);

            out.write(head("POST", "officer/report.xhtml", 2, ""));
            out.write("{}".getBytes(StandardCharsets.US_ASCII));
            assertTrue(response(in).startsWith("HTTP/1.1 200"));
        }
    }

    private static byte[] json(int bytes) {
        byte[] b = new byte[bytes];
        Arrays.fill(b, (byte) 'a');
        byte[] head = "{\"title\":\"大正文\",\"bodyHtml\":\"".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, b, 0, head.length);
        b[bytes - 2] = '"';
        b[bytes - 1] = '}';
        return b;
    }

    private static byte[] head(String method, String path, long length, String extra) {
        return (method + " /briefdesk/" + path + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + length + "\r\n" + extra + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads one response with a Content-Length body (every answer here has one) and returns it as text. */
    private static String response(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("connection closed after: " + head);
            }
            head.append((char) c);
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        byte[] body = in.readNBytes(length);
        return head + new String(body, StandardCharsets.UTF_8);
    }
}
