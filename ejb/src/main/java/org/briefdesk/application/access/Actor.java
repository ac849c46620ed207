package org.briefdesk.application.access;

import java.io.Serializable;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.item.ItemSummary;
import org.briefdesk.domain.shared.AccessDenied;

/**
 * Who is acting: built by the interfaces layer from the authenticated caller, never from request
 * parameters, and passed to every application service that must decide what that person may see.
 */
public record Actor(long accountId, String login, String displayName, Role role, Long unitId, String unitName)
        implements Serializable {

    public static Actor of(Account a) {
        return new Actor(
                a.getId(),
                a.getLogin(),
                a.getDisplayName(),
                a.getRole(),
                a.getUnit() == null ? null : a.getUnit().getId(),
                a.getUnit() == null ? null : a.getUnit().getName());
    }

    public boolean is(Role r) {
        return role == r;
    }

    /** Officers see only their own unit's data; everyone else sees every unit. */
    public boolean canSeeUnit(Long otherUnitId) {
        return role != Role.OFFICER || (unitId != null && unitId.equals(otherUnitId));
    }

    /**
     * The one visibility rule for an item and everything shown of it (page, API, similar items,
     * attachments, search hits): an officer reads every item of their own unit, drafts included;
     * editors and administrators read what reached the office (never a unit's draft or withdrawn
     * item); leaders read what the office accepted (采用待编, 已刊用), as the work plan says.
     */
    public boolean canRead(Item item) {
        return canRead(item.getUnit().getId(), item.getStatus());
    }

    /** The same rule for an item's summary (a list of many items read without their entities). */
    public boolean canRead(ItemSummary item) {
        return canRead(item.unitId(), item.status());
    }

    private boolean canRead(long unitId, ItemStatus status) {
        return switch (role) {
            case OFFICER -> canSeeUnit(unitId);
            case EDITOR, ADMIN -> status.reachedOffice();
            case LEADER -> readableByLeaders(status);
        };
    }

    /** The statuses a leader may read. */
    public static boolean readableByLeaders(ItemStatus status) {
        return status == ItemStatus.ACCEPTED || status == ItemStatus.PUBLISHED;
    }

    public void require(Role... allowed) {
        for (Role r : allowed) {
            if (role == r) {
                return;
            }
        }
        throw new AccessDenied("您的角色（" + role.getLabel() + "）无权进行此操作");
    }
}
