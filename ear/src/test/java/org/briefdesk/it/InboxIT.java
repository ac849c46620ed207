package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.application.editorial.EditorialService;
import org.briefdesk.application.editorial.InboxQuery;
import org.briefdesk.application.editorial.InboxQuery.InboxRow;
import org.briefdesk.application.unit.UnitChoice;
import org.briefdesk.application.unit.UnitService;
import org.briefdesk.domain.model.item.InboxFilter;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.item.MustReportKind;
import org.briefdesk.domain.model.similar.MatchClass;
import org.briefdesk.domain.model.similar.SimilarLink;
import org.briefdesk.domain.model.similar.SimilarLinkRepository;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.DistrictTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The editors' inbox in the container: which units it offers, how it filters, orders and pages, and how it groups reports of one event. */
@ExtendWith(ArquillianExtension.class)
class InboxIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(InboxIT.class, EditorialFixture.class);
    }

    @Inject
    EditorialService editorial;

    @Inject
    InboxQuery inbox;

    @Inject
    UnitRepository units;

    @Inject
    UnitService unitService;

    @Inject
    SimilarLinkRepository links;

    @Inject
    UserTransaction tx;

    @Inject
    EditorialFixture fixture;

    @Test
    void theInboxUnitFilterOffersEveryReportingUnitInTheUnitListsOrderButNotTheOffice() {
        List<UnitChoice> expected = units.all().stream()
                .filter(u -> u.getKind() != UnitKind.OFFICE)
                .map(u -> new UnitChoice(u.getId(), u.getShortName()))
                .toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected, unitService.reporting());
    }

    @Test
    void theInboxFiltersAndPutsUrgentItemsFirstThenTheOldest() throws Exception {
        String marker = "收件箱测试" + System.nanoTime() % 1_000_000;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Item oldest = fixture.submitted(
                "海淀街道",
                marker + "海淀街道早报信息",
                "正文一。",
                false,
                MustReportKind.PROGRESS_PROBLEMS,
                now.minus(3, ChronoUnit.HOURS));
        Item newer = fixture.submitted("区城管委", marker + "区城管委信息", "正文二。", false, null, now.minus(2, ChronoUnit.HOURS));
        Item urgent = fixture.submitted(
                "学院路街道", marker + "学院路街道突发事件", "正文三。", true, MustReportKind.EMERGENCY, now.minus(1, ChronoUnit.HOURS));
        InboxFilter all = new InboxFilter(
                EnumSet.of(ItemStatus.SUBMITTED), null, null, null, false, null, null, marker, null, true);

        assertEquals(List.of(urgent.getId(), oldest.getId(), newer.getId()), ids(all));
        assertEquals(3, inbox.count(fixture.editor(), all));
        assertEquals(
                List.of(urgent.getId()),
                ids(new InboxFilter(null, null, null, null, true, null, null, marker, null, true)));
        assertEquals(
                List.of(newer.getId()),
                ids(new InboxFilter(null, UnitKind.DEPARTMENT, null, null, false, null, null, marker, null, true)));
        assertEquals(
                List.of(oldest.getId()),
                ids(new InboxFilter(
                        null, null, fixture.unitNamed("海淀街道").getId(), null, false, null, null, marker, null, true)));
        assertEquals(
                List.of(oldest.getId()),
                ids(new InboxFilter(
                        null, null, null, MustReportKind.PROGRESS_PROBLEMS, false, null, null, marker, null, true)));
        LocalDate tomorrow = LocalDate.now(DistrictTime.ZONE).plusDays(1);
        assertTrue(ids(new InboxFilter(null, null, null, null, false, tomorrow, null, marker, null, true))
                .isEmpty());
        assertEquals(
                List.of(urgent.getId(), newer.getId(), oldest.getId()),
                ids(all.sorted(InboxFilter.Sort.SUBMITTED_AT, false)),
                "sorted by submission, newest first");
        assertEquals(
                List.of(oldest.getId()),
                inbox.page(fixture.editor(), all, 1, 1).stream()
                        .map(r -> r.item().id())
                        .toList(),
                "the second page of one row");

        editorial.accept(fixture.editor(), oldest.getId(), oldest.getVersion());
        assertEquals(List.of(urgent.getId(), newer.getId()), ids(all), "accepted items leave the waiting inbox");
    }

    @Test
    void inboxRowsShowTheirStrongestSimilarClassAndGroupReportsOfOneEvent() throws Exception {
        String marker = "事件组测试" + System.nanoTime() % 1_000_000;
        Item a = fixture.submitted("海淀街道", marker + "海淀街道报送");
        Item b = fixture.submitted("学院路街道", marker + "学院路街道报送");
        Item c = fixture.submitted("区城管委", marker + "区城管委报送");
        Item alone = fixture.submitted("海淀街道", marker + "无关信息");
        tx.begin();
        Instant now = Instant.now();
        links.replaceFrom(
                b.getId(), List.of(new SimilarLink(b.getId(), a.getId(), MatchClass.SAME_EVENT, 0.7, "同一活动", now)));
        links.replaceFrom(
                c.getId(), List.of(new SimilarLink(c.getId(), b.getId(), MatchClass.DUPLICATE, 0.95, "全文重复", now)));
        links.replaceFrom(
                alone.getId(), List.of(new SimilarLink(alone.getId(), a.getId(), MatchClass.RELATED, 0.3, null, now)));
        tx.commit();

        InboxFilter f = new InboxFilter(
                EnumSet.of(ItemStatus.SUBMITTED), null, null, null, false, null, null, marker, null, true);
        Map<Long, InboxRow> rows = new LinkedHashMap<>();
        inbox.page(fixture.editor(), f, 0, 20).forEach(r -> rows.put(r.item().id(), r));
        assertEquals(MatchClass.SAME_EVENT, rows.get(a.getId()).similar());
        assertEquals(MatchClass.DUPLICATE, rows.get(b.getId()).similar());
        assertEquals(MatchClass.DUPLICATE, rows.get(c.getId()).similar());
        assertEquals(MatchClass.RELATED, rows.get(alone.getId()).similar());
        List<Long> group = List.of(a.getId(), b.getId(), c.getId());
        for (Item i : List.of(a, b, c)) {
            assertEquals(group, rows.get(i.getId()).group(), "one event group through SAME_EVENT and DUPLICATE links");
            assertTrue(rows.get(i.getId()).grouped());
        }
        assertFalse(rows.get(alone.getId()).grouped(), "a RELATED link does not make a group");
    }

    private List<Long> ids(InboxFilter filter) {
        return inbox.page(fixture.editor(), filter, 0, 50).stream()
                .map(r -> r.item().id())
                .toList();
    }
}
