package org.briefdesk.interfaces.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.interfaces.web.DatabaseOutage;

/** Every error of the API leaves as a problem document with a Chinese detail, never as a stack trace. */
public final class ProblemMappers {

    private ProblemMappers() {}

    @Provider
    public static class RuleViolation implements ExceptionMapper<BusinessRuleViolation> {
        @Override
        public Response toResponse(BusinessRuleViolation e) {
            return Problem.response(Response.Status.BAD_REQUEST, "输入有误", e.getMessage(), e.field());
        }
    }

    @Provider
    public static class Denied implements ExceptionMapper<AccessDenied> {
        @Override
        public Response toResponse(AccessDenied e) {
            return Problem.response(Response.Status.FORBIDDEN, "无权访问", e.getMessage(), null);
        }
    }

    @Provider
    public static class Missing implements ExceptionMapper<NotFound> {
        @Override
        public Response toResponse(NotFound e) {
            return Problem.response(Response.Status.NOT_FOUND, "不存在", e.getMessage(), null);
        }
    }

    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400 && e.getCause() != null) {
                return malformedBody(e.getCause());
            }
            Response.Status s = Response.Status.fromStatusCode(status);
            String detail = switch (status) {
                case 400 -> "请求格式有误，请求体须为有效的JSON";
                case 404 -> "没有这个接口";
                case 405 -> "该接口不支持此请求方法";
                case 406, 415 -> "请使用 application/json";
                default -> "请求无法处理";
            };
            return Problem.response(
                    s == null ? Response.Status.BAD_REQUEST : s,
                    s == null ? "请求错误" : s.getReasonPhrase(),
                    detail,
                    null);
        }
    }

    private static final java.util.regex.Pattern PROPERTY =
            java.util.regex.Pattern.compile("property '([A-Za-z0-9_]+)' because of: (.+)");

    /** Names the field of a wrongly typed value (from StrictJson's message) when JSON-B tells it. */
    static Response malformedBody(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            java.util.regex.Matcher m = PROPERTY.matcher(String.valueOf(c.getMessage()));
            if (m.find()) {
                return Problem.response(
                        Response.Status.BAD_REQUEST, "请求格式有误", "字段 " + m.group(1) + " 的类型有误：" + m.group(2), m.group(1));
            }
        }
        return Problem.response(Response.Status.BAD_REQUEST, "请求格式有误", "请求体须为有效的JSON，字段类型须正确", null);
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(RuntimeException e) {
            if (DatabaseOutage.causedBy(e)) {
                LOG.warning("API request while the database is unreachable: " + e);
                return Problem.response(Response.Status.SERVICE_UNAVAILABLE, "暂时无法处理", DatabaseOutage.MESSAGE, null);
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof BusinessRuleViolation b) {
                    return new RuleViolation().toResponse(b);
                }
                // A body that is not JSON, or JSON of the wrong shape, is the client's mistake.
                if (cause instanceof ProcessingException
                        || cause instanceof JsonbException
                        || cause instanceof JsonException) {
                    return malformedBody(e);
                }
            }
            LOG.log(Level.SEVERE, "API request failed", e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "系统出错", "系统处理请求时出错，已记录日志", null);
        }
    }
}
