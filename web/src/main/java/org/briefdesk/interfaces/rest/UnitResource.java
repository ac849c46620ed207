package org.briefdesk.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.briefdesk.application.unit.UnitService;

/** The network's units, for clients that pick a unit (every signed-in role may read them). */
@Path("/units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    UnitService units;

    @GET
    public List<UnitView> list() {
        return units.active().stream()
                .map(u -> new UnitView(
                        u.getId(),
                        u.getName(),
                        u.getShortName(),
                        u.getKind().name(),
                        u.getKind().getLabel(),
                        u.isKeyUnit()))
                .toList();
    }

    public record UnitView(long id, String name, String shortName, String kind, String kindLabel, boolean keyUnit) {}
}
