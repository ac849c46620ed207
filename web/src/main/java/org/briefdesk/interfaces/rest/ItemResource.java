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
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.editorial.SimilarItemsService;
import org.briefdesk.application.item.ItemService;
import org.briefdesk.application.item.OfficerItemService;
import org.briefdesk.application.item.TakenReportService;
import org.briefdesk.domain.model.item.ItemChannel;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.item.MustReportKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Ids;

/** Items by id, with the same visibility as the pages (an officer gets 403 for another unit's item). */
@Path("/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    @Inject
    ItemService items;

    @Inject
    SimilarItemsService similar;

    @Inject
    OfficerItemService officerItems;

    @Inject
    TakenReportService takenReports;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/{id}")
    public ItemView get(@PathParam("id") String id) {
        return ItemView.of(items.details(currentUser.getActor(), parse(id)));
    }

    @GET
    @Path("/{id}/similar")
    public List<SimilarItemsService.SimilarItemView> similar(@PathParam("id") String id) {
        return similar.similarTo(currentUser.getActor(), parse(id));
    }

    /**
     * An officer reports an item for their own unit: saved as a draft, or sent to the office at once
     * when {@code submit} is true. Answers 201 with the item; its similar items follow at
     * /api/items/{id}/similar once duplicate detection has run (within seconds).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(NewItem form) {
        if (form == null) {
            throw new BusinessRuleViolation("请求体须为信息的JSON");
        }
        Actor actor = currentUser.getActor();
        ItemContent content = new ItemContent(
                form.title(),
                form.bodyHtml(),
                Dates.optional(form.eventDate(), "eventDate"),
                mustReport(form.mustReport()),
                Boolean.TRUE.equals(form.urgent()),
                form.contact());
        org.briefdesk.application.item.ItemView item = Boolean.TRUE.equals(form.submit())
                ? officerItems.saveAndSubmit(actor, null, 0, content, form.solicitationId())
                : officerItems.saveDraft(actor, null, 0, content, form.solicitationId());
        return Response.status(Response.Status.CREATED)
                .header("Location", "/api/items/" + item.id())
                .entity(ItemView.of(item))
                .build();
    }

    /**
     * An editor records a unit's report that came by phone, on paper, from a leader or by mail
     * (代录): submitted at once as that unit's item, with its channel. Answers 201 with the item.
     */
    @POST
    @Path("/taken")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response taken(TakenItem form) {
        if (form == null) {
            throw new BusinessRuleViolation("请求体须为信息的JSON");
        }
        org.briefdesk.application.item.ItemView item = takenReports.record(
                currentUser.getActor(),
                form.unitId(),
                channel(form.channel()),
                new ItemContent(
                        form.title(),
                        form.bodyHtml(),
                        Dates.optional(form.eventDate(), "eventDate"),
                        mustReport(form.mustReport()),
                        Boolean.TRUE.equals(form.urgent()),
                        form.contact()));
        return Response.status(Response.Status.CREATED)
                .header("Location", "/api/items/" + item.id())
                .entity(ItemView.of(item))
                .build();
    }

    private static ItemChannel channel(String value) {
        try {
            return value == null ? null : ItemChannel.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation("channel", "报送渠道只能是 PHONE（电话）、PAPER（纸质）、LEADER_NOTE（领导转交）或 EMAIL（邮件）");
        }
    }

    /** What an editor sends to record a unit's report; channel is PHONE, PAPER, LEADER_NOTE or EMAIL. */
    public record TakenItem(
            Long unitId,
            String channel,
            String title,
            String bodyHtml,
            String eventDate,
            String mustReport,
            Boolean urgent,
            String contact) {}

    private static MustReportKind mustReport(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return MustReportKind.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation(
                    "mustReport",
                    "必报类型只能是 PROGRESS_PROBLEMS、EARLY_SIGNS、" + "DISTINCTIVE_PRACTICE、MAJOR_EVENT 或 EMERGENCY");
        }
    }

    /** What a client sends to report an item; bodyHtml may be plain text (one paragraph per line). */
    public record NewItem(
            String title,
            String bodyHtml,
            String eventDate,
            String mustReport,
            Boolean urgent,
            String contact,
            Long solicitationId,
            Boolean submit) {}

    private static long parse(String id) {
        return Ids.parse(id, "信息编号“" + id + "”无效");
    }

    /** The item as the API shows it; bodyHtml is sanitised HTML, bodyText its plain text. */
    public record ItemView(
            long id,
            long version,
            String title,
            String bodyHtml,
            String bodyText,
            long unitId,
            String unit,
            String status,
            String statusLabel,
            String mustReport,
            boolean urgent,
            String submittedAt,
            List<String> columns,
            boolean combined,
            List<String> flags,
            String channel,
            String channelLabel) {
        static ItemView of(org.briefdesk.application.item.ItemView i) {
            return new ItemView(
                    i.id(),
                    i.version(),
                    i.title(),
                    i.bodyHtml(),
                    i.bodyText(),
                    i.unitId(),
                    i.unitShortName(),
                    i.status().name(),
                    i.status().getLabel(),
                    i.mustReport() == null ? null : i.mustReport().name(),
                    i.urgent(),
                    i.submittedAt() == null ? null : i.submittedAt().toString(),
                    i.columns(),
                    i.combined(),
                    i.flags().flags().stream().map(Enum::name).toList(),
                    i.channel().name(),
                    i.channel().getLabel());
        }
    }
}
