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
import org.briefdesk.application.unit.UnitService;
import org.briefdesk.application.unit.UnitService.UnitForm;
import org.briefdesk.application.unit.UnitService.UnitSettings;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The network's units (单位) with their place in the tree, key-unit flag, weekly quota and leader in
 * charge. Every signed-in role may read them (clients pick a unit); only administrators change them.
 */
@Path("/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "单位", description = "单位网络：工委及其部门、街乡镇，重点网络单位、每周报送任务、分管领导；各角色可读，管理员可改")
public class UnitResource {

    @Inject
    UnitService units;

    @Inject
    CurrentUser currentUser;

    /** The active units (with {@code all=true} also the deactivated ones), office first. */
    @GET
    @Operation(
            summary = "单位列表",
            description = "启用的单位（all=true 时含已停用的），区创建办在前。每个单位带上级工委（parentId、parentName）、"
                    + "是否重点网络单位、本周报送任务（weeklyQuota）和自下周一起的任务（weeklyQuotaFromNextWeek）、分管领导、信息员人数。")
    public List<UnitView> list(@QueryParam("all") boolean all) {
        return units.views().stream()
                .filter(u -> all || u.active())
                .map(UnitView::of)
                .toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "单个单位", description = "各角色可读；编号不存在时答复404。")
    public UnitView get(@PathParam("id") String id) {
        return UnitView.of(units.view(Ids.parse(id, "单位不存在")));
    }

    /** Adds a unit; answers 201 with it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "新增单位（管理员）",
            description =
                    "请求体 {\"name\",\"shortName\",\"kind\":\"GONGWEI|DEPARTMENT|STREET_TOWN\",\"keyUnit\",\"parentId\","
                            + "\"weeklyQuota\",\"leader\"}；部门、街乡镇可隶属于一个工委（parentId）；新的重点网络单位默认每周2条。答复201及单位。")
    public Response create(UnitBody body) {
        Actor actor = admin();
        UnitBody b = require(body);
        UnitView created = UnitView.of(units.create(
                actor,
                new UnitForm(b.name(), b.shortName(), kind(b.kind()), Boolean.TRUE.equals(b.keyUnit())),
                b.settings()));
        return Response.status(Response.Status.CREATED)
                .header("Location", "/api/units/" + created.id())
                .entity(created)
                .build();
    }

    /**
     * Changes a unit: name, kind, key-unit flag, 工委, leader in charge and weekly quota (which applies
     * from next Monday; past weeks keep theirs). Fields left out keep their value.
     */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "修改单位（管理员）",
            description = "未给出的字段保持不变；parentId 为0表示直属区创建办。新的每周报送任务自下周一起生效，" + "本周及以前各周仍按原任务统计；改为重点网络单位时自下周一起每周2条。")
    public UnitView update(@PathParam("id") String id, UnitBody body) {
        Actor actor = admin();
        UnitBody b = require(body);
        long unitId = Ids.parse(id, "单位不存在");
        var current = units.view(unitId);
        UnitBody merged = new UnitBody(
                b.name() != null ? b.name() : current.name(),
                b.shortName() != null ? b.shortName() : current.shortName(),
                b.kind() != null ? b.kind() : current.kind().name(),
                b.keyUnit() != null ? b.keyUnit() : current.keyUnit(),
                b.parentId() != null ? b.parentId() : current.parentId(),
                b.weeklyQuota(),
                b.leader() != null ? b.leader() : current.leader(),
                b.active());
        return UnitView.of(units.change(
                actor,
                unitId,
                new UnitForm(merged.name(), merged.shortName(), kind(merged.kind()), merged.keyUnit()),
                merged.settings(),
                b.active()));
    }

    private Actor admin() {
        Actor actor = currentUser.getActor();
        actor.require(Role.ADMIN);
        return actor;
    }

    private static UnitBody require(UnitBody body) {
        if (body == null) {
            throw new BusinessRuleViolation("请求体须为单位的JSON，如 {\"name\":\"…\",\"kind\":\"STREET_TOWN\"}");
        }
        return body;
    }

    private static UnitKind kind(String value) {
        try {
            return value == null ? null : UnitKind.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation("kind", "单位类别只能是 GONGWEI、DEPARTMENT 或 STREET_TOWN");
        }
    }

    /**
     * What a client sends for a unit. {@code parentId} 0 means directly under the office;
     * {@code weeklyQuota} applies from next Monday.
     */
    public record UnitBody(
            String name,
            String shortName,
            String kind,
            Boolean keyUnit,
            Long parentId,
            Integer weeklyQuota,
            String leader,
            Boolean active) {

        UnitSettings settings() {
            Long parent = parentId == null || parentId == 0 ? null : parentId;
            return new UnitSettings(parent, Boolean.TRUE.equals(keyUnit), weeklyQuota, leader);
        }
    }

    /** A unit as the API shows it. */
    public record UnitView(
            long id,
            String name,
            String shortName,
            String kind,
            String kindLabel,
            boolean keyUnit,
            boolean active,
            Long parentId,
            String parentName,
            String leader,
            int weeklyQuota,
            int weeklyQuotaFromNextWeek,
            int officers) {

        static UnitView of(org.briefdesk.application.unit.UnitView u) {
            return new UnitView(
                    u.id(),
                    u.name(),
                    u.shortName(),
                    u.kind().name(),
                    u.kindLabel(),
                    u.keyUnit(),
                    u.active(),
                    u.parentId(),
                    u.parentName(),
                    u.leader(),
                    u.quotaThisWeek(),
                    u.quotaNextWeek(),
                    u.officers().size());
        }
    }
}
