package org.briefdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.mailbox.InboundMessage;
import org.briefdesk.domain.model.mailbox.InboundMessageRepository;
import org.briefdesk.domain.model.mailbox.InboundStatus;

@ApplicationScoped
public class JpaInboundMessageRepository implements InboundMessageRepository {

    @PersistenceContext(unitName = "briefdesk")
    private EntityManager em;

    @Override
    public boolean exists(String messageKey) {
        return !em.createQuery("select m.id from InboundMessage m where m.messageKey = :k", Long.class)
                .setParameter("k", messageKey)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public Optional<InboundMessage> find(long id) {
        return Optional.ofNullable(em.find(InboundMessage.class, id));
    }

    @Override
    public List<InboundMessage> quarantined() {
        return em.createQuery(
                        "select m from InboundMessage m where m.status = :s order by m.receivedAt, m.id",
                        InboundMessage.class)
                .setParameter("s", InboundStatus.QUARANTINED)
                .getResultList();
    }

    @Override
    public InboundMessage store(InboundMessage message) {
        if (message.getId() == null) {
            em.persist(message);
            // Flushed at once so a second delivery racing this one fails here, on the unique key.
            em.flush();
            return message;
        }
        return em.merge(message);
    }
}
