package org.briefdesk.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.application.scoring.AdoptionView;
import org.briefdesk.application.upward.UpwardService;
import org.briefdesk.application.upward.UpwardService.UpwardForm;
import org.briefdesk.application.upward.UpwardView;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.upward.UpwardChannel;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.interfaces.web.CurrentUser;

/**
 * Upward reporting for editors (对口上报): send items or a published issue's items upward as a Word
 * package (by mail, or recorded and downloaded), list the sends, fetch a package, and record an
 * adoption against a send.
 */
@Path("/upward")
@Produces(MediaType.APPLICATION_JSON)
public class UpwardResource {

    @Inject
    UpwardService upward;

    @Inject
    CurrentUser currentUser;

    public record NewSend(String addressee, String mailTo, String channel, List<Long> itemIds, Long issueId) {}

    public record NewAdoption(Long itemId, Long outletId, String mode, String adoptedOn) {}

    @GET
    public List<UpwardView> list() {
        return upward.list(currentUser.getActor(), 100);
    }

    /** {"addressee":"首都文明办","channel":"MAIL","mailTo":"...","itemIds":[1,2]} or with "issueId". */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(NewSend form) {
        var actor = currentUser.getActor();
        upward.list(actor, 1);
        if (form == null) {
            throw new BusinessRuleViolation("请求体须为报送内容的JSON");
        }
        UpwardView v = upward.send(
                actor,
                new UpwardForm(
                        form.addressee(), form.mailTo(), channel(form.channel()), form.itemIds(), form.issueId()));
        return Response.status(Response.Status.CREATED)
                .header("Location", "/api/upward/" + v.id())
                .entity(v)
                .build();
    }

    @GET
    @Path("/{id}")
    public UpwardView get(@PathParam("id") String id) {
        return upward.find(currentUser.getActor(), parse(id));
    }

    @GET
    @Path("/{id}/package.docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    public Response packageFile(@PathParam("id") String id) {
        var f = upward.packageFile(currentUser.getActor(), parse(id));
        return Response.ok(f.content(), f.mediaType()).build();
    }

    /** {"itemId":1,"outletId":2,"mode":"FULL","adoptedOn":"2026-12-03"}. */
    @POST
    @Path("/{id}/adoptions")
    @Consumes(MediaType.APPLICATION_JSON)
    public AdoptionView adopt(@PathParam("id") String id, NewAdoption form) {
        var actor = currentUser.getActor();
        long submission = parse(id);
        upward.find(actor, submission);
        if (form == null || form.itemId() == null || form.outletId() == null) {
            throw new BusinessRuleViolation("itemId", "请求体须包含 itemId、outletId、mode（FULL 或 COMBINED）");
        }
        AdoptionMode mode;
        try {
            mode = AdoptionMode.valueOf(form.mode() == null ? "" : form.mode().strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation("mode", "采用方式应为 FULL（全文采用）或 COMBINED（综合采用）");
        }
        // Left out, the adoption is dated today; sent, it must be a date.
        LocalDate on = form.adoptedOn() == null ? null : Dates.parse(form.adoptedOn(), "adoptedOn");
        return upward.recordAdoption(actor, submission, form.itemId(), form.outletId(), mode, on);
    }

    private static UpwardChannel channel(String s) {
        try {
            return UpwardChannel.valueOf(s == null ? "" : s.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation("channel", "报送方式应为 MAIL（邮件）或 DOWNLOAD（下载报送）");
        }
    }

    private static long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFound("报送记录不存在");
        }
    }
}
