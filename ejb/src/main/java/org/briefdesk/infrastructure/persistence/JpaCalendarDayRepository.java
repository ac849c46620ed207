package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.calendar.CalendarDay;
import org.briefdesk.domain.model.calendar.CalendarDayRepository;

@ApplicationScoped
public class JpaCalendarDayRepository implements CalendarDayRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public List<CalendarDay> between(LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select d from CalendarDay d where d.date between :f and :t order by d.date", CalendarDay.class)
                .setParameter("f", from)
                .setParameter("t", to)
                .getResultList();
    }

    @Override
    public Optional<CalendarDay> find(LocalDate date) {
        return Optional.ofNullable(em.find(CalendarDay.class, date));
    }

    @Override
    public void add(CalendarDay day) {
        em.persist(day);
    }

    @Override
    public void remove(CalendarDay day) {
        em.remove(day);
    }
}
