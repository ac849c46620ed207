package org.briefdesk.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.briefdesk.application.scoring.AdoptionService;
import org.briefdesk.application.scoring.AdoptionView;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Ids;

/**
 * Corrections of adoption records (采用记录的撤销与更正), editors only, always with a reason: the same
 * rules as the item page. The answer is the withdrawn record, or the record that replaces it.
 */
@Path("/adoptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdoptionResource {

    @Inject
    AdoptionService adoptions;

    @Inject
    CurrentUser currentUser;

    @POST
    @Path("/{id}/withdrawal")
    public AdoptionView withdraw(@PathParam("id") String id, Reason body) {
        editorOnly();
        return adoptions.withdraw(currentUser.getActor(), parse(id), body == null ? null : body.reason());
    }

    @POST
    @Path("/{id}/correction")
    public AdoptionView correct(@PathParam("id") String id, Correction body) {
        editorOnly();
        if (body == null || body.outletId() == null) {
            throw new BusinessRuleViolation("outletId", "请求体须包含 outletId（刊物）、mode、adoptedOn 和 reason（理由）");
        }
        return adoptions.correct(
                currentUser.getActor(),
                parse(id),
                body.outletId(),
                mode(body.mode()),
                Dates.parse(body.adoptedOn(), "adoptedOn"),
                body.reason());
    }

    /** Why a record is withdrawn (required). */
    public record Reason(String reason) {}

    /** mode: FULL (全文采用) or COMBINED (综合采用); adoptedOn as 2026-11-27. */
    public record Correction(Long outletId, String mode, String adoptedOn, String reason) {}

    private static AdoptionMode mode(String value) {
        try {
            return AdoptionMode.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation("mode", "采用方式只能是 FULL（全文采用）或 COMBINED（综合采用）");
        }
    }

    /** The role first, so that nobody else learns from a 400 what a body should look like. */
    private void editorOnly() {
        currentUser.getActor().require(Role.EDITOR);
    }

    private static long parse(String id) {
        return Ids.parse(id, "采用记录编号“" + id + "”无效");
    }
}
