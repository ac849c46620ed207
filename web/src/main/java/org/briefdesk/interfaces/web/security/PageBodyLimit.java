package org.briefdesk.interfaces.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Refuses a page request whose declared body is larger than any upload can be (a 10 MB file with its
 * multipart envelope) with a 413 and the Chinese error page, before anything reads it. Browsers always
 * declare a form's or an upload's length, so a page body sent without one (in chunks, or as an HTTP/2
 * stream) is refused with a 411: the container would parse it before any limit could be checked. A
 * refused body is swallowed or the connection closed ({@link RefusedBody}). The API has its own limits
 * and problem documents (ApiBodyLimit).
 */
@WebFilter("/*")
public class PageBodyLimit extends HttpFilter {

    public static final long MAX_BYTES = 11L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.equals("/api") || path.startsWith("/api/");
        if (!api && request.getContentLengthLong() > MAX_BYTES) {
            RefusedBody.discard(request, response);
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        boolean mayHaveBody = request.getHeader("Transfer-Encoding") != null
                || Set.of("POST", "PUT", "PATCH").contains(request.getMethod());
        if (!api && request.getContentLengthLong() < 0 && mayHaveBody) {
            RefusedBody.discard(request, response);
            response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
            return;
        }
        chain.doFilter(request, response);
    }
}
