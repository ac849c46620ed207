package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.report.PeriodicReport;
import org.briefdesk.domain.model.report.PeriodicReportRepository;
import org.briefdesk.domain.model.report.ReportFile;
import org.briefdesk.domain.model.report.ReportKind;
import org.briefdesk.domain.model.report.ReportSettings;

@ApplicationScoped
public class JpaPeriodicReportRepository implements PeriodicReportRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public Optional<PeriodicReport> find(long id) {
        return Optional.ofNullable(em.find(PeriodicReport.class, id));
    }

    @Override
    public Optional<PeriodicReport> find(ReportKind kind, String periodKey) {
        return em.createQuery(
                        "select r from PeriodicReport r where r.kind = :k and r.periodKey = :p", PeriodicReport.class)
                .setParameter("k", kind)
                .setParameter("p", periodKey)
                .getResultStream()
                .findFirst();
    }

    @Override
    public int nextNumber(ReportKind kind, int year) {
        Integer max = em.createQuery(
                        "select max(r.seriesNumber) from PeriodicReport r where r.kind = :k and r.seriesYear = :y",
                        Integer.class)
                .setParameter("k", kind)
                .setParameter("y", year)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    @Override
    public PeriodicReport store(PeriodicReport report) {
        if (report.getId() == null) {
            em.persist(report);
            em.flush();
            return report;
        }
        return em.merge(report);
    }

    @Override
    public ReportFile store(ReportFile file) {
        em.persist(file);
        return file;
    }

    @Override
    public List<PeriodicReport> latest(int limit) {
        return em.createQuery(
                        "select r from PeriodicReport r order by r.generatedAt desc, r.id desc", PeriodicReport.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<FileInfo> files(long reportId) {
        return em
                .createQuery(
                        "select f.id, f.reportId, f.fileName, f.mediaType, f.size from ReportFile f"
                                + " where f.reportId = :r order by f.id",
                        Object[].class)
                .setParameter("r", reportId)
                .getResultList()
                .stream()
                .map(r -> new FileInfo((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (Long) r[4]))
                .toList();
    }

    @Override
    public Optional<ReportFile> file(long fileId) {
        return Optional.ofNullable(em.find(ReportFile.class, fileId));
    }

    @Override
    public ReportSettings settings() {
        return em.find(ReportSettings.class, ReportSettings.ID);
    }
}
