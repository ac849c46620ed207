package org.briefdesk.application.unit;

import java.io.Serializable;
import org.briefdesk.domain.model.unit.UnitLabel;

/** A reporting unit (报送单位) as a filter offers it, by its short name. */
public record UnitChoice(long id, String shortName) implements Serializable {

    static UnitChoice of(UnitLabel u) {
        return new UnitChoice(u.id(), u.shortName());
    }
}
