package org.briefdesk.interfaces.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The 401 error page (web.xml): API clients get a problem document in Chinese instead of the
 * container's HTML. Pages never reach it, since unauthenticated people are sent to the login form.
 */
@WebServlet("/error/unauthorized")
public class ApiUnauthorized extends HttpServlet {

    static final String CHALLENGE = "Bearer realm=\"Briefdesk\", Basic realm=\"Briefdesk\", charset=\"UTF-8\"";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object refusal = request.getAttribute(BriefdeskAuthenticationMechanism.REFUSAL);
        String detail = refusal != null
                ? refusal.toString()
                : request.getHeader("Authorization") == null ? "请先登录（Bearer 令牌或 HTTP Basic）" : "登录名或密码错误，或账号已停用";
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", CHALLENGE);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"未登录\",\"status\":401,\"detail\":\"" + detail + "\"}");
    }
}
