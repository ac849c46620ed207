package org.briefdesk.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import org.briefdesk.domain.model.account.Account;

/**
 * Where an item came from (来源): the account that wrote it (none for imported items), how it reached
 * the office (报送渠道), and the solicitation (约稿) it answers, if any. Kept in the item's own row.
 */
@Embeddable
public class ItemOrigin implements Serializable {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Account author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemChannel channel = ItemChannel.FORM;

    @Column(name = "solicitation_id")
    private Long solicitationId;

    protected ItemOrigin() {}

    ItemOrigin(Account author, ItemChannel channel) {
        this.author = author;
        this.channel = channel == null ? ItemChannel.FORM : channel;
    }

    void answer(Long solicitationId) {
        this.solicitationId = solicitationId;
    }

    Account getAuthor() {
        return author;
    }

    ItemChannel getChannel() {
        return channel;
    }

    Long getSolicitationId() {
        return solicitationId;
    }
}
