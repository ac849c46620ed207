package org.briefdesk.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.briefdesk.domain.model.archive.ImportKey;
import org.briefdesk.domain.model.archive.ImportRecord;
import org.briefdesk.domain.model.archive.ImportRun;
import org.briefdesk.domain.model.archive.ImportRunRepository;
import org.briefdesk.domain.model.archive.ImportStatus;
import org.briefdesk.domain.model.archive.SkipReason;

@ApplicationScoped
public class JpaImportRunRepository implements ImportRunRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/BriefdeskDS")
    private DataSource dataSource;

    @Override
    public Optional<ImportRun> find(long id) {
        return Optional.ofNullable(em.find(ImportRun.class, id));
    }

    @Override
    public ImportRun store(ImportRun run) {
        if (run.getId() == null) {
            em.persist(run);
            return run;
        }
        return em.merge(run);
    }

    @Override
    public List<ImportRun> recent(int limit) {
        return em.createQuery("select r from ImportRun r order by r.id desc", ImportRun.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<ImportRun> running(String node) {
        return em.createQuery(
                        "select r from ImportRun r where r.status in :running and (r.node is null or r.node = :node)",
                        ImportRun.class)
                .setParameter("running", List.of(ImportStatus.STARTING, ImportStatus.STARTED, ImportStatus.STOPPING))
                .setParameter("node", node)
                .getResultList();
    }

    @Override
    public Set<String> presentKeys(Collection<ImportKey> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        List<?> found = em.createNativeQuery("select import_key from import_key where import_key in (:keys)")
                .setParameter("keys", keys.stream().map(ImportKey::value).toList())
                .getResultList();
        Set<String> out = new HashSet<>();
        for (Object k : found) {
            out.add((String) k);
        }
        return out;
    }

    /**
     * No flush before the insert: the caller flushed its items, and an automatic flush before each of
     * a chunk's 200 inserts would dirty-check every item of the chunk each time.
     */
    @Override
    public void storeKeys(List<ImportKey> keys, List<Long> itemIds, long runId) {
        JdbcBatch.insert(
                dataSource,
                "insert into import_key (import_key, item_id, run_id) values (?, ?, ?)",
                IntStream.range(0, keys.size()).boxed().toList(),
                (statement, i) -> {
                    statement.setString(1, keys.get(i).value());
                    statement.setLong(2, itemIds.get(i));
                    statement.setLong(3, runId);
                });
    }

    @Override
    public void storeRecord(ImportRecord record) {
        em.persist(record);
    }

    @Override
    public void advance(long runId, long position, int imported, int skipped, Instant now) {
        em.createNativeQuery("update import_run set position = ?, imported = imported + ?,"
                        + " skipped = skipped + ?, imported_at = ? where id = ?")
                .setParameter(1, position)
                .setParameter(2, imported)
                .setParameter(3, skipped)
                .setParameter(4, now)
                .setParameter(5, runId)
                .executeUpdate();
    }

    @Override
    public boolean markStopping(long runId) {
        return em.createNativeQuery("update import_run set status = 'STOPPING' where id = ?"
                                + " and status in ('STARTING', 'STARTED')")
                        .setParameter(1, runId)
                        .executeUpdate()
                == 1;
    }

    @Override
    public boolean isStopping(long runId) {
        return !em.createNativeQuery("select 1 from import_run where id = ? and status = 'STOPPING'")
                .setParameter(1, runId)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<ImportRecord> records(long runId, int offset, int limit) {
        return em.createQuery(
                        "select r from ImportRecord r where r.runId = :run order by r.position", ImportRecord.class)
                .setParameter("run", runId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Links are stored in either direction (the later item points at the earlier), so both count. */
    @Override
    public long markDuplicates(long runId) {
        em.createNativeQuery("update import_record r set duplicate_of_id = coalesce("
                        + "(select min(l.other_item_id) from similar_link l where l.item_id = r.item_id"
                        + " and l.match_class = 'DUPLICATE'),"
                        + " (select min(l.item_id) from similar_link l where l.other_item_id = r.item_id"
                        + " and l.match_class = 'DUPLICATE'))"
                        + " where r.run_id = ? and r.item_id is not null")
                .setParameter(1, runId)
                .executeUpdate();
        return ((Number) em.createNativeQuery(
                                "select count(*) from import_record where run_id = ? and duplicate_of_id is not null")
                        .setParameter(1, runId)
                        .getSingleResult())
                .longValue();
    }

    @Override
    public List<String> unmatchedUnits(long runId) {
        return em.createQuery(
                        "select distinct r.unitName from ImportRecord r where r.runId = :run and r.reasonCode = :code"
                                + " and r.unitName is not null order by r.unitName",
                        String.class)
                .setParameter("run", runId)
                .setParameter("code", SkipReason.UNKNOWN_UNIT)
                .setMaxResults(200)
                .getResultList();
    }

    @Override
    public Optional<Long> itemOfKey(ImportKey key) {
        List<?> found = em.createNativeQuery("select item_id from import_key where import_key = ?")
                .setParameter(1, key.value())
                .getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(((Number) found.get(0)).longValue());
    }
}
