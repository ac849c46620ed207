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

    /** Every unit's id, kind and names, in the order of {@link #all()}, without loading the units. */
    List<UnitLabel> labels();

    Unit store(Unit unit);

    long count();
}
