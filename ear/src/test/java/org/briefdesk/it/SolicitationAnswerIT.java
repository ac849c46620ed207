package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.application.item.OfficerItemService;
import org.briefdesk.application.solicitation.SolicitationService;
import org.briefdesk.application.solicitation.SolicitationService.SolicitationForm;
import org.briefdesk.application.solicitation.SolicitationService.Tracking;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An officer's draft that answers a solicitation (约稿) is held to the same rule on every save as
 * when it was created: the solicitation must still be open and addressed to the officer's unit.
 */
@ExtendWith(ArquillianExtension.class)
class SolicitationAnswerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(SolicitationAnswerIT.class);
    }

    @Inject
    SolicitationService solicitations;

    @Inject
    OfficerItemService officerItems;

    @Inject
    AccountService accountService;

    @Inject
    UnitRepository units;

    @Test
    void aDraftAnsweringASolicitationThatWasClosedSinceCannotBeSavedUntilItIsUnlinked() {
        String topic = topic("社区冬季送温暖");
        Tracking t = issue(topic, "海淀街道");
        Actor officer = actor("haidian");
        ItemView draft = officerItems.createDraft(officer, content("海淀街道走访慰问困难老人", "12月1日，街道走访慰问辖区困难老人30户。"), t.id());
        solicitations.close(actor("editor"), t.id());

        BusinessRuleViolation refused = assertThrows(
                BusinessRuleViolation.class,
                () -> officerItems.update(
                        officer,
                        draft.id(),
                        draft.version(),
                        content("海淀街道走访慰问困难老人和残疾人家庭", "12月1日，街道走访慰问辖区困难老人和残疾人家庭共42户。"),
                        t.id()));
        assertEquals("约稿《" + topic + "》已结束", refused.getMessage());
        ItemView kept = officerItems.form(officer, draft.id());
        assertEquals("海淀街道走访慰问困难老人", kept.title(), "nothing was saved");
        assertEquals(t.id(), kept.solicitationId());
        assertEquals(draft.version(), kept.version());

        ItemView unlinked = officerItems.update(
                officer,
                draft.id(),
                kept.version(),
                content("海淀街道走访慰问困难老人和残疾人家庭", "12月1日，街道走访慰问辖区困难老人和残疾人家庭共42户。"),
                null);
        assertEquals("海淀街道走访慰问困难老人和残疾人家庭", unlinked.title());
        assertNull(unlinked.solicitationId(), "saved as an ordinary item");
    }

    @Test
    void aDraftCannotBeSwitchedToASolicitationOfAnotherUnit() {
        Tracking mine = issue(topic("文明养犬"), "海淀街道");
        Tracking theirs = issue(topic("背街小巷环境整治"), "学院路街道");
        Actor officer = actor("haidian");
        ItemView draft = officerItems.createDraft(officer, content("海淀街道开展文明养犬宣传", "街道在3个社区开展文明养犬宣传。"), mine.id());

        assertThrows(
                AccessDenied.class,
                () -> officerItems.update(
                        officer,
                        draft.id(),
                        draft.version(),
                        content("海淀街道开展文明养犬宣传", "街道在3个社区开展文明养犬宣传，发放宣传单500份。"),
                        theirs.id()));
        ItemView kept = officerItems.form(officer, draft.id());
        assertEquals(mine.id(), kept.solicitationId());
        assertEquals("街道在3个社区开展文明养犬宣传。", kept.bodyText().strip());
    }

    private static ItemContent content(String title, String text) {
        return new ItemContent(title, "<p>" + text + "</p>", null, null, false, null);
    }

    private Tracking issue(String topic, String unitShortName) {
        long unitId = units.all().stream()
                .filter(u -> u.getShortName().equals(unitShortName))
                .findFirst()
                .orElseThrow()
                .getId();
        return solicitations.issue(
                actor("editor"),
                new SolicitationForm(
                        topic,
                        "请报送本单位的做法和成效，800字以内。",
                        LocalDateTime.now(DistrictTime.ZONE).plusDays(2).truncatedTo(ChronoUnit.MINUTES),
                        List.of(unitId)));
    }

    private Actor actor(String login) {
        return accountService.actor(login).orElseThrow();
    }

    private static String topic(String subject) {
        return subject + "（" + System.nanoTime() % 1_000_000 + "）";
    }
}
