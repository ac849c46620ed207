package org.briefdesk.application.editorial;

import java.io.Serializable;
import org.briefdesk.domain.model.column.BriefingColumn;

/** A briefing column (栏目) as a page offers it for tagging or placing an entry. */
public record ColumnChoice(long id, String name) implements Serializable {

    static ColumnChoice of(BriefingColumn c) {
        return new ColumnChoice(c.getId(), c.getName());
    }
}
