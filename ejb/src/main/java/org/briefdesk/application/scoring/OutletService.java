package org.briefdesk.application.scoring;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.adoption.Outlet;
import org.briefdesk.domain.model.adoption.OutletLevel;
import org.briefdesk.domain.model.adoption.OutletRepository;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;

/** The list of publications and media (刊物/媒体管理), kept by editors and administrators. */
@Stateless
public class OutletService {

    @Inject
    OutletRepository outlets;

    public List<OutletView> all(Actor actor) {
        actor.require(Role.EDITOR, Role.ADMIN);
        return outlets.all().stream().map(OutletView::of).toList();
    }

    /** Active outlets, for the upward page (上报) choosing where an item was sent. */
    public List<OutletView> active(Actor actor) {
        actor.require(Role.EDITOR, Role.ADMIN);
        return outlets.all().stream()
                .filter(Outlet::isActive)
                .map(OutletView::of)
                .toList();
    }

    public OutletView create(Actor actor, String name, OutletLevel level, String medium) {
        actor.require(Role.EDITOR, Role.ADMIN);
        Outlet outlet = new Outlet(name, level, medium);
        if (outlets.findByName(outlet.getName()).isPresent()) {
            throw new BusinessRuleViolation("name", "刊物“" + outlet.getName() + "”已存在");
        }
        return OutletView.of(outlets.store(outlet));
    }

    /** Corrects level and medium, and switches the outlet on or off; its name stays. */
    public OutletView update(Actor actor, long outletId, OutletLevel level, String medium, boolean active) {
        actor.require(Role.EDITOR, Role.ADMIN);
        Outlet outlet = outlets.find(outletId).orElseThrow(() -> new NotFound("刊物不存在或已删除"));
        outlet.change(level, medium);
        if (active) {
            outlet.activate();
        } else {
            outlet.deactivate();
        }
        return OutletView.of(outlet);
    }
}
