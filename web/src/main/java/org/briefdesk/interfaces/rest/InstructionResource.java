package org.briefdesk.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.briefdesk.application.scoring.InstructionService;
import org.briefdesk.application.scoring.InstructionView;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.instruction.LeaderLevel;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.interfaces.rest.AdoptionResource.Reason;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Ids;

/**
 * Corrections of leaders' instructions (批示记录的撤销与更正), editors only, always with a reason. The
 * answer is the withdrawn record, or the record that replaces it.
 */
@Path("/instructions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstructionResource {

    @Inject
    InstructionService instructions;

    @Inject
    CurrentUser currentUser;

    @POST
    @Path("/{id}/withdrawal")
    public InstructionView withdraw(@PathParam("id") String id, Reason body) {
        editorOnly();
        return instructions.withdraw(currentUser.getActor(), parse(id), body == null ? null : body.reason());
    }

    @POST
    @Path("/{id}/correction")
    public InstructionView correct(@PathParam("id") String id, Correction body) {
        editorOnly();
        if (body == null) {
            throw new BusinessRuleViolation("请求体须包含 level、leaderName、instructedOn、text 和 reason（理由）");
        }
        return instructions.correct(
                currentUser.getActor(),
                parse(id),
                level(body.level()),
                body.leaderName(),
                Dates.parse(body.instructedOn(), "instructedOn"),
                body.text(),
                body.reason());
    }

    /** level: CAPITAL (首都), CITY (市) or DISTRICT (区); instructedOn as 2026-11-27. */
    public record Correction(String level, String leaderName, String instructedOn, String text, String reason) {}

    private static LeaderLevel level(String value) {
        try {
            return LeaderLevel.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation("level", "领导级别只能是 CAPITAL（首都）、CITY（市）或 DISTRICT（区）");
        }
    }

    /** The role first, so that nobody else learns from a 400 what a body should look like. */
    private void editorOnly() {
        currentUser.getActor().require(Role.EDITOR);
    }

    private static long parse(String id) {
        return Ids.parse(id, "批示记录编号“" + id + "”无效");
    }
}
