package org.briefdesk.application.scoring;

import java.io.Serializable;
import org.briefdesk.domain.model.adoption.Outlet;
import org.briefdesk.domain.model.adoption.OutletLevel;

/** A publication or medium (刊物/媒体) as pages show and choose it. */
public record OutletView(long id, String name, OutletLevel level, String medium, boolean active)
        implements Serializable {

    static OutletView of(Outlet o) {
        return new OutletView(o.getId(), o.getName(), o.getLevel(), o.getMedium(), o.isActive());
    }

    /** The name with its level, as a choice in a list: 北京日报（市级）. */
    public String label() {
        return name + "（" + level.getLabel() + "）";
    }
}
