package org.briefdesk.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A kept version of an item's text (修改记录): number 1 is the text as the unit sent it, each edit
 * adds the next, so any two can be compared.
 */
@Entity
@Table(name = "item_revision")
public class ItemRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 30)
    private String actorName;

    @Column(nullable = false, length = Item.TITLE_MAX)
    private String title;

    @Embedded
    private RichText body;

    protected ItemRevision() {}

    /** The item's current text as revision {@code number}. */
    public ItemRevision(Item item, int number, Long actorId, String actorName, Instant at) {
        this.itemId = item.getId();
        this.number = number;
        this.actorId = actorId;
        this.actorName = actorName;
        this.at = at;
        this.title = item.getTitle();
        this.body = item.getBody();
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getAt() {
        return at;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getTitle() {
        return title;
    }

    public RichText getBody() {
        return body;
    }
}
