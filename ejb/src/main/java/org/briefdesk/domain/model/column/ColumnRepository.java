package org.briefdesk.domain.model.column;

import java.util.List;
import java.util.Optional;

/** Briefing columns (栏目). */
public interface ColumnRepository {

    Optional<Column> find(long id);

    Optional<Column> findByName(String name);

    /** All columns in printed order. */
    List<Column> all();

    /** Active columns in printed order. */
    List<Column> active();

    Column store(Column column);
}
