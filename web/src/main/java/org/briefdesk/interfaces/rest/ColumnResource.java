package org.briefdesk.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.column.ColumnService;
import org.briefdesk.application.column.ColumnView;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Briefing columns (栏目) in printed order. Every signed-in role reads them; administrators add,
 * rename, move, retire and restore them. A retired column keeps its items and past issues.
 */
@Path("/columns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "栏目", description = "简报栏目，按刊印顺序；各角色可读，管理员可新增、改名、调整顺序、停用和恢复")
public class ColumnResource {

    @Inject
    ColumnService columns;

    @Inject
    CurrentUser currentUser;

    /** The columns in use, in printed order (with {@code all=true} also the retired ones). */
    @GET
    @Operation(summary = "栏目列表", description = "使用中的栏目，按刊印顺序；all=true 时含已停用的栏目。停用的栏目不再出现在任何选择列表中，已归入的信息和往期简报保持不变。")
    public List<ColumnView> list(@QueryParam("all") boolean all) {
        return columns.all().stream().filter(c -> all || c.active()).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "单个栏目", description = "含已归入的信息条数（items）；编号不存在时答复404。")
    public ColumnView get(@PathParam("id") String id) {
        return columns.get(Ids.parse(id, "栏目不存在"));
    }

    /** Adds a column at the end of the order; answers 201 with it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "新增栏目（管理员）", description = "请求体 {\"name\":\"专项行动\"}；新栏目排在最后。答复201及栏目。")
    public Response add(ColumnBody body) {
        Actor actor = admin();
        if (body == null || body.name() == null) {
            throw new BusinessRuleViolation("name", "请求体须包含 name（栏目名称，如“专项行动”）");
        }
        ColumnView added = columns.add(actor, body.name());
        return Response.status(Response.Status.CREATED)
                .header("Location", "/api/columns/" + added.id())
                .entity(added)
                .build();
    }

    /**
     * Changes a column: {@code name} renames it, {@code position} (1-based) moves it, {@code active}
     * false retires it and true restores it. Fields left out stay as they are.
     */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "栏目改名、调整顺序、停用或恢复（管理员）",
            description = "请求体 {\"name\",\"position\",\"active\"}，未给出的字段保持不变；position 从1起，其余栏目顺延；"
                    + "active=false 停用（已归入的信息保留该栏目），true 恢复。一次完成：违反规则时什么也不改。")
    public ColumnView change(@PathParam("id") String id, ColumnBody body) {
        Actor actor = admin();
        if (body == null) {
            throw new BusinessRuleViolation("请求体须为栏目的JSON，如 {\"name\":\"专项行动\"}");
        }
        return columns.change(actor, Ids.parse(id, "栏目不存在"), body.name(), body.position(), body.active());
    }

    private Actor admin() {
        Actor actor = currentUser.getActor();
        actor.require(Role.ADMIN);
        return actor;
    }

    /** What a client sends for a column. */
    public record ColumnBody(String name, Integer position, Boolean active) {}
}
