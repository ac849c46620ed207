package org.briefdesk.infrastructure.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.briefdesk.application.item.ChangeOutbox;
import org.briefdesk.infrastructure.persistence.JdbcBatch;

/**
 * Writes the outbox row (item_change) of an item change inside the caller's transaction. The row
 * lock on change_counter serialises writers until they commit, so sequence numbers are gap-free
 * and follow commit order: the index updater may safely apply "everything after N".
 */
@ApplicationScoped
public class ChangeLog implements ChangeOutbox {

    public enum Kind {
        UPSERT,
        DELETE
    }

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/BriefdeskDS")
    private DataSource dataSource;

    @Inject
    Event<ItemsChanged> itemsChanged;

    /** Appends an upsert and, once the caller's transaction commits, wakes the index updater. */
    @Override
    public void itemChanged(long itemId) {
        append(itemId, Kind.UPSERT);
        itemsChanged.fire(new ItemsChanged());
    }

    /**
     * Appends one upsert per item under one lock of the counter, and wakes the updater once. The
     * caller has flushed the items: the rows go in as one JDBC batch on the same transaction (an
     * import's chunk brings hundreds; as native JPA statements, each also paid a query plan).
     */
    @Override
    public void itemsChanged(List<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return;
        }
        Number last = (Number) em.createNativeQuery("select last_seq from change_counter where id = 1 for update")
                .getSingleResult();
        long first = last.longValue() + 1;
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        JdbcBatch.insert(
                dataSource,
                "insert into item_change (seq, item_id, kind, created_at) values (?, ?, ?, ?)",
                IntStream.range(0, itemIds.size()).boxed().toList(),
                (statement, i) -> {
                    statement.setLong(1, first + i);
                    statement.setLong(2, itemIds.get(i));
                    statement.setString(3, Kind.UPSERT.name());
                    statement.setObject(4, now);
                });
        em.createNativeQuery("update change_counter set last_seq = ? where id = 1")
                .setParameter(1, first + itemIds.size() - 1)
                .executeUpdate();
        itemsChanged.fire(new ItemsChanged());
    }

    /** Appends a change of {@code itemId}; returns its sequence number. */
    public long append(long itemId, Kind kind) {
        Number last = (Number) em.createNativeQuery("select last_seq from change_counter where id = 1 for update")
                .getSingleResult();
        long seq = last.longValue() + 1;
        em.createNativeQuery("update change_counter set last_seq = ? where id = 1")
                .setParameter(1, seq)
                .executeUpdate();
        em.createNativeQuery("insert into item_change (seq, item_id, kind, created_at) values (?, ?, ?, ?)")
                .setParameter(1, seq)
                .setParameter(2, itemId)
                .setParameter(3, kind.name())
                .setParameter(4, Instant.now())
                .executeUpdate();
        return seq;
    }
}
