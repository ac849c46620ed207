package org.briefdesk.domain.model.adoption;

import java.util.List;
import java.util.Optional;

/** Publications and media (刊物/媒体). */
public interface OutletRepository {

    Optional<Outlet> find(long id);

    Optional<Outlet> findByName(String name);

    /** Every outlet, by level then name. */
    List<Outlet> all();

    Outlet store(Outlet outlet);
}
