package org.briefdesk.application.unit;

import java.io.Serializable;
import org.briefdesk.domain.model.unit.Unit;

/** A reporting unit (报送单位) as a filter offers it, by its short name. */
public record UnitChoice(long id, String shortName) implements Serializable {

    static UnitChoice of(Unit u) {
        return new UnitChoice(u.getId(), u.getShortName());
    }
}
