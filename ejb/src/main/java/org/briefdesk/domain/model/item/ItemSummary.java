package org.briefdesk.domain.model.item;

import java.io.Serializable;
import java.time.Instant;
import org.briefdesk.domain.model.unit.UnitKind;

/**
 * One line about an item, as the inbox (收件箱) and the similar-item lists show it: read in one
 * query for many items, without the item's text, columns or sources, and never the entity itself.
 */
public record ItemSummary(
        long id,
        long version,
        String title,
        long unitId,
        String unitName,
        String unitShortName,
        UnitKind unitKind,
        boolean urgent,
        ItemChannel channel,
        ItemStatus status,
        Instant submittedAt,
        MustReportKind mustReport,
        Orientation orientation,
        boolean earlyWarning,
        boolean sensitive)
        implements Serializable {

    public ItemFlags flags() {
        return new ItemFlags(mustReport, orientation, earlyWarning, sensitive);
    }
}
