package org.briefdesk.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.briefdesk.application.access.Actor;
import org.briefdesk.interfaces.web.CurrentUser;

/** Who the API caller is: lets a client check its credentials and see its role and unit. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @GET
    public Me me() {
        Actor a = currentUser.getActor();
        return new Me(a.login(), a.displayName(), a.role().name(), a.role().getLabel(), a.unitId(), a.unitName());
    }

    public record Me(String login, String displayName, String role, String roleLabel, Long unitId, String unitName) {}
}
