package org.briefdesk.interfaces.web.security;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What happens to a request body that a limit refuses unread (ApiBodyLimit, PageBodyLimit).
 *
 * <p>A client that sends its body without waiting for a 100 Continue is still writing when the refusal
 * is sent. If the server then closed the connection with the body unread in its socket, the kernel would
 * answer with a reset, and a reset that arrives before the client reads the refusal throws the refusal
 * away: the client sees "connection reset" or "no bytes" instead of the 413. So, as Tomcat's
 * maxSwallowSize does, a body up to {@link #SWALLOW_BYTES} is read and thrown away before the refusal is
 * sent, and the connection stays open. A larger body, or one the client has not sent yet (it asked for
 * 100 Continue, and will not send once it has the final answer), ends the HTTP/1.1 connection instead;
 * HTTP/2 resets only the stream and needs neither.
 */
public final class RefusedBody {

    /** Above the largest body any limit lets through (a page's 11 MB upload), far below Undertow's own 64 MB. */
    public static final long SWALLOW_BYTES = 16L * 1024 * 1024;

    private RefusedBody() {}

    /**
     * Reads and discards the refused body when that is cheap and safe, otherwise marks the connection to
     * be closed after the response; call it before writing the response.
     */
    public static void discard(HttpServletRequest request, HttpServletResponse response) {
        if (request.getProtocol().startsWith("HTTP/2")) {
            return;
        }
        boolean notSentYet = "100-continue".equalsIgnoreCase(request.getHeader("Expect"));
        long declared = request.getContentLengthLong();
        if (notSentYet || declared > SWALLOW_BYTES || !swallowed(request)) {
            response.setHeader("Connection", "close");
        }
    }

    /** True when the whole body, declared or chunked, ended within the bound and was read. */
    private static boolean swallowed(HttpServletRequest request) {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        try {
            ServletInputStream in = request.getInputStream();
            for (int n; (n = in.read(buffer)) >= 0; ) {
                read += n;
                if (read > SWALLOW_BYTES) {
                    return false;
                }
            }
            return true;
        } catch (IOException | IllegalStateException e) {
            // The client went away, or the body was already being read as a reader: nothing to keep open.
            return false;
        }
    }
}
