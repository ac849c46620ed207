package org.briefdesk.interfaces.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The error page of every status the container itself answers (web.xml): a request under /api gets
 * an application/problem+json document in Chinese, a person gets the Chinese error page. The API's
 * own errors are problem documents already (ProblemMappers); this covers what never reaches it —
 * an oversize body, a malformed request, a path outside every resource.
 */
@WebServlet("/error/status")
public class ErrorPages extends HttpServlet {

    private static final Map<Integer, String[]> TEXTS = Map.of(
            400, new String[] {"请求格式有误", "请求无法解析，请检查请求行、请求头和请求体"},
            403, new String[] {"无权访问", "您的角色无权访问该地址"},
            404, new String[] {"不存在", "没有这个地址或接口"},
            405, new String[] {"不支持的请求方法", "该地址不支持此请求方法"},
            411, new String[] {"缺少请求体长度", "请求须注明请求体长度（Content-Length）"},
            413, new String[] {"请求体过大", "请求体超过服务器允许的大小：上传的文件每个不能超过10MB"},
            415, new String[] {"不支持的内容类型", "请使用 Content-Type: application/json"},
            500, new String[] {"系统出错", "系统处理请求时出错，已记录日志"},
            503, new String[] {"暂时无法服务", "系统暂时无法处理请求，请稍后再试"});
    private static final Map<Integer, String> PAGES =
            Map.of(403, "/error/403.xhtml", 404, "/error/404.xhtml", 500, "/error/500.xhtml", 503, "/error/503.xhtml");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Opened directly, not as an error page: there is nothing here.
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed != null ? failed.toString() : request.getRequestURI();
        String api = request.getContextPath() + "/api";
        String[] text = TEXTS.getOrDefault(status, new String[] {"请求无法处理", "请求无法处理（HTTP " + status + "）"});
        // A database that cannot be reached (even while signing in) is a pause, not a fault: 503 and why.
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t
                && DatabaseOutage.causedBy(t)) {
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            text = new String[] {"暂时无法处理", DatabaseOutage.MESSAGE};
            request.setAttribute(RequestDispatcher.ERROR_MESSAGE, DatabaseOutage.MESSAGE);
        }
        if (uri.equals(api) || uri.startsWith(api + "/")) {
            response.setStatus(status);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"" + text[0] + "\",\"status\":" + status
                            + ",\"detail\":\"" + text[1] + "\"}");
            return;
        }
        String page = PAGES.get(status);
        if (page != null) {
            response.setStatus(status);
            request.getRequestDispatcher(page).forward(request, response);
            return;
        }
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>" + text[0]
                        + "</title></head><body><h1>" + text[0] + "</h1><p>" + text[1] + "</p><p><a href=\""
                        + request.getContextPath() + "/\">返回简报台</a></p></body></html>");
    }
}
