package org.briefdesk.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.briefdesk.application.ItemService;
import org.briefdesk.application.SimilarItemsService;
import org.briefdesk.domain.model.column.Column;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.interfaces.web.CurrentUser;

/** Items by id, with the same visibility as the pages (an officer gets 403 for another unit's item). */
@Path("/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    @Inject
    ItemService items;

    @Inject
    SimilarItemsService similar;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/{id}")
    public ItemView get(@PathParam("id") String id) {
        return ItemView.of(items.view(currentUser.getActor(), parse(id)));
    }

    @GET
    @Path("/{id}/similar")
    public List<SimilarItemsService.SimilarItemView> similar(@PathParam("id") String id) {
        return similar.similarTo(currentUser.getActor(), parse(id));
    }

    private static long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFound("信息编号“" + id + "”无效");
        }
    }

    /** The item as the API shows it; bodyHtml is sanitised HTML, bodyText its plain text. */
    public record ItemView(long id, long version, String title, String bodyHtml, String bodyText, long unitId,
                           String unit, String status, String statusLabel, String mustReport, boolean urgent,
                           String submittedAt, List<String> columns, boolean combined) {
        static ItemView of(Item i) {
            return new ItemView(i.getId(), i.getVersion(), i.getTitle(), i.getBody().getHtml(), i.getBody().getText(),
                    i.getUnit().getId(), i.getUnit().getShortName(), i.getStatus().name(), i.getStatus().getLabel(),
                    i.getMustReport() == null ? null : i.getMustReport().name(), i.isUrgent(),
                    i.getSubmittedAt() == null ? null : i.getSubmittedAt().toString(),
                    i.getColumns().stream().map(Column::getName).toList(), i.isCombined());
        }
    }
}
