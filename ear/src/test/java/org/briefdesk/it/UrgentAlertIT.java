package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.application.item.OfficerItemService;
import org.briefdesk.domain.model.item.ItemContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live urgent-item alert end to end, in the container: an editor's page opens the Faces
 * websocket channel "urgent" (a Java client plays the browser), an officer submits an urgent item
 * through the officer service, and the channel delivers {itemId, title, unit} within seconds.
 */
@ExtendWith(ArquillianExtension.class)
class UrgentAlertIT {

    private static final Pattern CHANNEL = Pattern.compile("/jakarta\\.faces\\.push/urgent\\?([A-Za-z0-9_\\-]+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(UrgentAlertIT.class, DeskApi.class);
    }

    @Inject
    OfficerItemService officerItems;

    @Inject
    AccountService accountService;

    private static String base() {
        return "localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
    }

    /** The page as the signed-in person's browser receives it. */
    private static HttpResponse<String> page(HttpClient client, String login, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://" + base() + path))
                        .header("Authorization", DeskApi.basicAuth(login))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static WebSocket listen(HttpClient client, String login, String token, BlockingQueue<String> received) {
        WebSocket.Builder builder = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (login != null) {
            builder.header("Authorization", DeskApi.basicAuth(login));
        }
        return builder.buildAsync(
                        URI.create("ws://" + base() + "/jakarta.faces.push/urgent?" + token), new WebSocket.Listener() {
                            private final StringBuilder text = new StringBuilder();

                            @Override
                            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                                text.append(data);
                                if (last) {
                                    received.add(text.toString());
                                    text.setLength(0);
                                }
                                ws.request(1);
                                return null;
                            }
                        })
                .orTimeout(15, TimeUnit.SECONDS)
                .join();
    }

    @Test
    void anUrgentItemReachesTheOpenEditorPageWithinSeconds() throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> home = page(browser, "editor", "/editor/home.xhtml");
        assertEquals(200, home.statusCode());
        Matcher m = CHANNEL.matcher(home.body());
        assertTrue(m.find(), "the editor's page opens the urgent channel");
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        WebSocket socket = listen(browser, "editor", m.group(1), received);

        Actor haidian = accountService.actor("haidian").orElseThrow();
        String title = "海淀街道某小区突发燃气泄漏 已疏散居民200余人";
        ItemView draft = officerItems.createDraft(
                haidian,
                new ItemContent(
                        title,
                        "<p>11月29日上午，海淀街道某小区发生燃气泄漏，街道立即组织疏散居民200余人，无人员伤亡。</p>",
                        null,
                        null,
                        true,
                        "海淀街道 李明 82345678"),
                null);
        long submittedAtMillis = System.currentTimeMillis();
        officerItems.submit(haidian, draft.id(), draft.version());

        String message = received.poll(5, TimeUnit.SECONDS);
        assertNotNull(message, "no alert within 5 seconds");
        assertTrue(System.currentTimeMillis() - submittedAtMillis < 5000);
        // Faces wraps every pushed message as {"data": …} and hands the page only the inner value.
        JsonObject alert =
                Json.createReader(new StringReader(message)).readObject().getJsonObject("data");
        assertEquals(draft.id(), alert.getJsonNumber("itemId").longValue());
        assertEquals(title, alert.getString("title"));
        assertEquals("海淀街道", alert.getString("unit"));
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
    }

    @Test
    void aNormalItemRaisesNoAlert() throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Matcher m =
                CHANNEL.matcher(page(browser, "editor", "/editor/home.xhtml").body());
        assertTrue(m.find());
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        WebSocket socket = listen(browser, "editor", m.group(1), received);

        Actor haidian = accountService.actor("haidian").orElseThrow();
        ItemView draft = officerItems.createDraft(
                haidian, new ItemContent("海淀街道开展文明餐桌宣传", "<p>海淀街道在辖区餐馆开展文明餐桌宣传。</p>", null, null, false, null), null);
        officerItems.submit(haidian, draft.id(), draft.version());

        String message = received.poll(3, TimeUnit.SECONDS);
        assertTrue(
                message == null || !message.contains("\"itemId\":" + draft.id()),
                "alert for a normal item: " + message);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
    }

    @Test
    void officersPagesHaveNoChannelAndThePushEndpointRefusesOfficersAndStrangers() throws Exception {
        HttpClient officerBrowser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> officerHome = page(officerBrowser, "haidian", "/officer/home.xhtml");
        assertEquals(200, officerHome.statusCode());
        assertFalse(CHANNEL.matcher(officerHome.body()).find(), "an officer's page does not listen");

        HttpClient editorBrowser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Matcher m = CHANNEL.matcher(
                page(editorBrowser, "editor", "/editor/home.xhtml").body());
        assertTrue(m.find());
        String token = m.group(1);
        assertThrows(
                RuntimeException.class,
                () -> listen(officerBrowser, "haidian", token, new LinkedBlockingQueue<>()),
                "an officer cannot open the editors' channel");
        assertThrows(
                RuntimeException.class,
                () -> listen(HttpClient.newHttpClient(), null, token, new LinkedBlockingQueue<>()),
                "nor can someone signed out");
    }
}
