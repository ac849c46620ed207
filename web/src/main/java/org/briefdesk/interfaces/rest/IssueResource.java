package org.briefdesk.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.briefing.BriefingService;
import org.briefdesk.application.briefing.IssueAssemblyService;
import org.briefdesk.application.briefing.IssuePublication;
import org.briefdesk.application.briefing.IssueReadingService;
import org.briefdesk.application.briefing.IssueView;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.briefing.ExportFormat;
import org.briefdesk.domain.model.briefing.IssueKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Ids;

/**
 * Briefing issues over HTTP (简报): the same rules as the pages. Editors create, assemble and publish;
 * everyone else sees only published issues distributed to them, and their reading counts as a receipt.
 */
@Path("/issues")
@Produces(MediaType.APPLICATION_JSON)
public class IssueResource {

    @Inject
    BriefingService briefings;

    @Inject
    IssueAssemblyService assembly;

    @Inject
    IssuePublication publication;

    @Inject
    IssueReadingService reading;

    @Inject
    CurrentUser currentUser;

    /** Editors: every issue, newest first; others: the published issues distributed to them. */
    @GET
    public List<IssueView> list() {
        Actor actor = currentUser.getActor();
        return actor.is(Role.EDITOR) ? briefings.issues(actor, null, 200) : reading.myIssues(actor, 200);
    }

    @GET
    @Path("/{id}")
    public IssueView get(@PathParam("id") String id) {
        return reading.open(currentUser.getActor(), parse(id));
    }

    @GET
    @Path("/{id}/file.{format:docx|pdf}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    public Response file(@PathParam("id") String id, @PathParam("format") String format) {
        ExportFormat f = ExportFormat.valueOf(format.toUpperCase());
        return Response.ok(reading.file(currentUser.getActor(), parse(id), f).content(), f.mediaType())
                .build();
    }

    /** Creates the next issue of a kind; {@code titleId} may be left out when there is one title. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewIssue form) {
        if (form == null) {
            throw new BusinessRuleViolation("请求体须为期次的JSON");
        }
        Actor actor = currentUser.getActor();
        long titleId = form.titleId() != null
                ? form.titleId()
                : briefings.activeTitles(actor).stream()
                        .findFirst()
                        .orElseThrow(() -> new NotFound("还没有设置简报名称"))
                        .id();
        IssueView issue =
                briefings.create(actor, titleId, kind(form.kind()), Dates.parse(form.issueDate(), "issueDate"));
        return Response.status(Response.Status.CREATED)
                .header("Location", "/api/issues/" + issue.id())
                .entity(issue)
                .build();
    }

    @POST
    @Path("/{id}/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    public IssueView addEntries(@PathParam("id") String id, NewEntries form) {
        if (form == null || form.version() == null) {
            throw new BusinessRuleViolation("version", "请求体须包含 version（期次当前版本）和 itemIds");
        }
        return assembly.add(currentUser.getActor(), parse(id), form.version(), form.itemIds());
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    public IssueView publish(@PathParam("id") String id, VersionOnly form) {
        if (form == null || form.version() == null) {
            throw new BusinessRuleViolation("version", "请求体须包含 version（期次当前版本）");
        }
        return publication.publish(currentUser.getActor(), parse(id), form.version());
    }

    /** 删除期次: an issue not yet published, at the version the caller saw ({@code ?version=}). */
    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @QueryParam("version") Long version) {
        Actor actor = currentUser.getActor();
        actor.require(Role.EDITOR);
        if (version == null) {
            throw new BusinessRuleViolation("version", "请在地址中注明 version（期次当前版本），如 ?version=3");
        }
        briefings.delete(actor, parse(id), version);
        return Response.noContent().build();
    }

    /** kind: REGULAR (普刊), SPECIAL (特刊), TOPICAL (专刊) or SUPPLEMENT (增刊); issueDate as 2026-11-27. */
    public record NewIssue(Long titleId, String kind, String issueDate) {}

    public record NewEntries(Long version, List<Long> itemIds) {}

    public record VersionOnly(Long version) {}

    private static IssueKind kind(String value) {
        try {
            return IssueKind.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation("kind", "类别只能是 REGULAR、SPECIAL、TOPICAL 或 SUPPLEMENT");
        }
    }

    private static long parse(String id) {
        return Ids.parse(id, "期次编号“" + id + "”无效");
    }
}
