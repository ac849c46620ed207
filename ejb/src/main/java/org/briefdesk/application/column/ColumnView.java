package org.briefdesk.application.column;

import java.io.Serializable;
import org.briefdesk.domain.model.column.BriefingColumn;

/** A briefing column (栏目) as pages and the API show it, with the number of items tagged into it. */
public record ColumnView(long id, String name, int position, boolean active, long items) implements Serializable {

    static ColumnView of(BriefingColumn c, long items) {
        return new ColumnView(c.getId(), c.getName(), c.getPosition(), c.isActive(), items);
    }
}
