package org.briefdesk.domain.model.column;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Briefing columns (栏目). */
public interface BriefingColumnRepository {

    Optional<BriefingColumn> find(long id);

    Optional<BriefingColumn> findByName(String name);

    /** All columns in printed order. */
    List<BriefingColumn> all();

    /** Active columns in printed order. */
    List<BriefingColumn> active();

    BriefingColumn store(BriefingColumn column);

    /** How many items carry each column (columns without items are left out). */
    Map<Long, Long> itemCounts();
}
