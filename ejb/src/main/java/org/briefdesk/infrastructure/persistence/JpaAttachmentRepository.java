package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.item.Attachment;
import org.briefdesk.domain.model.item.AttachmentInfo;
import org.briefdesk.domain.model.item.AttachmentRepository;

@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public Optional<Attachment> find(long id) {
        return Optional.ofNullable(em.find(Attachment.class, id));
    }

    @Override
    public Attachment store(Attachment attachment) {
        em.persist(attachment);
        return attachment;
    }

    @Override
    public void remove(Attachment attachment) {
        em.remove(attachment);
    }

    @Override
    public List<AttachmentInfo> of(long itemId) {
        // A projection, so listing never loads the files themselves.
        return em.createQuery(
                        "select new org.briefdesk.domain.model.item.AttachmentInfo(a.id, a.itemId, a.fileName,"
                                + " a.contentType, a.sizeBytes, a.uploadedAt) from Attachment a where a.itemId = :item"
                                + " order by a.uploadedAt, a.id",
                        AttachmentInfo.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    @Override
    public long countOf(long itemId) {
        return em.createQuery("select count(a) from Attachment a where a.itemId = :item", Long.class)
                .setParameter("item", itemId)
                .getSingleResult();
    }
}
