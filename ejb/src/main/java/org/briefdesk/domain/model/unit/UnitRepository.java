package org.briefdesk.domain.model.unit;

import java.util.List;
import java.util.Optional;

/** The units of the network (单位). */
public interface UnitRepository {

    Optional<Unit> find(long id);

    Optional<Unit> findByName(String name);

    /** All units, office first, then by kind and name. */
    List<Unit> all();

    List<Unit> active();

    Unit store(Unit unit);

    long count();
}
