package org.briefdesk.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.access.ApiTokenService;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.interfaces.web.CurrentUser;

/**
 * API tokens (API令牌) over HTTP: the account holder manages their own, an administrator anyone's
 * ({@code accountId}). Only a person signed in with a password may do it: a token cannot mint or
 * revoke tokens, so a leaked token cannot outlive its revocation.
 */
@Path("/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    ApiTokenService tokens;

    @Inject
    CurrentUser currentUser;

    @GET
    public List<ApiTokenService.TokenView> list(
            @QueryParam("accountId") Long accountId, @HeaderParam("Authorization") String authorization) {
        Actor actor = withPassword(authorization);
        return tokens.list(actor, accountId == null ? actor.accountId() : accountId);
    }

    /** Answers 201 with the token's value, which is shown this once and never again. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewToken form, @HeaderParam("Authorization") String authorization) {
        Actor actor = withPassword(authorization);
        if (form == null) {
            throw new BusinessRuleViolation("name", "请求体须包含 name（令牌名称，如“学院路街道信息系统”）");
        }
        ApiTokenService.NewToken created =
                tokens.create(actor, form.accountId() == null ? actor.accountId() : form.accountId(), form.name());
        return Response.status(Response.Status.CREATED)
                .header("Cache-Control", "no-store")
                .entity(created)
                .build();
    }

    @DELETE
    @Path("/{id}")
    public ApiTokenService.TokenView revoke(
            @PathParam("id") String id, @HeaderParam("Authorization") String authorization) {
        Actor actor = withPassword(authorization);
        try {
            return tokens.revoke(actor, Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw new NotFound("令牌编号“" + id + "”无效");
        }
    }

    private Actor withPassword(String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new AccessDenied("令牌不能用来管理令牌，请用密码登录（HTTP Basic 或网页）");
        }
        return currentUser.getActor();
    }

    /** accountId: only for administrators managing someone else's tokens. */
    public record NewToken(String name, Long accountId) {}
}
