package org.briefdesk.interfaces.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * An initial password (chosen by an administrator) opens nothing but 修改密码: whoever signed in with
 * one, by the form or HTTP Basic, gets 403 on every other page and endpoint until they replace it — a
 * problem document under /api, the password page for a page request. The password page (which also
 * signs out), the login page and static resources stay open. API tokens are separate secrets that an
 * administrator or the holder created on purpose, so a program using one is not stopped.
 */
@WebFilter("/*")
public class InitialPasswordGate extends HttpFilter {

    public static final String MESSAGE = "请先修改初始密码";
    static final String PASSWORD_PAGE = "/account/password.xhtml";
    private static final List<String> OPEN = List.of(
            PASSWORD_PAGE,
            BriefdeskAuthenticationMechanism.LOGIN_PAGE,
            "/jakarta.faces.resource/",
            "/resources/",
            "/error/");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(BriefdeskAuthenticationMechanism.MUST_CHANGE_PASSWORD) == null) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (OPEN.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.equals("/api") || path.startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"需修改初始密码\",\"status\":403,\"detail\":\"" + MESSAGE
                            + "：请在简报台的“修改密码”页面设置只有您自己知道的密码\"}");
            return;
        }
        if ("GET".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>" + MESSAGE
                        + "</title></head><body><h1>" + MESSAGE + "</h1><p><a href=\"" + request.getContextPath()
                        + PASSWORD_PAGE + "\">修改密码</a></p></body></html>");
    }
}
