package org.briefdesk.interfaces.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.briefdesk.interfaces.web.security.RefusedBody;

/**
 * Refuses an API request body larger than any item can be (50,000 characters of body, as JSON), or
 * an archive import's JSONL body over 10 MB, with a 413 problem document before anything parses it;
 * otherwise the container would cut the connection with an empty 400 once its own limit is reached. The
 * refused body is swallowed or the connection closed ({@link RefusedBody}), so the client reads the 413.
 */
@WebFilter("/api/*")
public class ApiBodyLimit extends HttpFilter {

    public static final long MAX_BYTES = 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // An archive import streams its JSONL body to a file (ImportResource), so it may be larger.
        boolean importBody = request.getRequestURI().equals(request.getContextPath() + "/api/imports");
        long limit = importBody ? ImportResource.MAX_BODY_BYTES : MAX_BYTES;
        if (request.getContentLengthLong() > limit) {
            RefusedBody.discard(request, response);
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"请求体过大\",\"status\":413,"
                            + "\"detail\":\"请求体不能超过" + (limit / (1024 * 1024)) + " MB"
                            + (importBody ? "；更大的档案请放入服务器导入目录后按路径导入" : "") + "\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
