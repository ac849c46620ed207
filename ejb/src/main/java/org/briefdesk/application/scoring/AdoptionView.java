package org.briefdesk.application.scoring;

import java.io.Serializable;
import java.time.LocalDate;
import org.briefdesk.domain.model.adoption.Adoption;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.adoption.OutletLevel;

/** An adoption record as pages and other services see it (采用记录). */
public record AdoptionView(
        long id,
        long itemId,
        String outletName,
        OutletLevel level,
        AdoptionMode mode,
        LocalDate adoptedOn,
        String recordedBy)
        implements Serializable {

    static AdoptionView of(Adoption a) {
        return new AdoptionView(
                a.getId(),
                a.getItem().getId(),
                a.getOutlet().getName(),
                a.getOutlet().getLevel(),
                a.getMode(),
                a.getAdoptedOn(),
                a.getRecording().getName());
    }
}
