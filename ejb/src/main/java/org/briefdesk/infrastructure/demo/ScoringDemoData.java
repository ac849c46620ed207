package org.briefdesk.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.scoring.AdoptionService;
import org.briefdesk.application.scoring.InstructionService;
import org.briefdesk.domain.model.account.AccountRepository;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.adoption.AdoptionRepository;
import org.briefdesk.domain.model.adoption.Outlet;
import org.briefdesk.domain.model.adoption.OutletLevel;
import org.briefdesk.domain.model.adoption.OutletRepository;
import org.briefdesk.domain.model.instruction.LeaderLevel;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.infrastructure.Settings;

/**
 * Gives the demo district's accepted items realistic adoptions (the district briefing, 北京日报,
 * 首都文明网, 人民网 …) and a few leaders' instructions, so the statistics and rankings show something
 * on first start. It records them through the same services editors use, so scores, audit trail and
 * index are as they would be. Nothing happens when any adoption exists or demo data is off.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class ScoringDemoData {

    private static final Logger LOG = Logger.getLogger(ScoringDemoData.class.getName());

    @Inject
    AdoptionRepository adoptionRecords;

    @Inject
    OutletRepository outlets;

    @Inject
    AccountRepository accounts;

    @Inject
    ItemRepository items;

    @Inject
    AdoptionService adoptions;

    @Inject
    InstructionService instructions;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void start() {
        if (!Settings.demoData() || adoptionRecords.count() > 0) {
            return;
        }
        var editor = accounts.findByLogin("editor");
        if (editor.isEmpty()) {
            return;
        }
        Actor actor = Actor.of(editor.get());
        Map<String, Outlet> o = new HashMap<>();
        for (Object[] def : new Object[][] {
            {"海淀区创建首都文明区简报", OutletLevel.DISTRICT, "简报"}, {"海淀报", OutletLevel.DISTRICT, "报纸"},
            {"海淀文明网", OutletLevel.DISTRICT, "网站"}, {"北京日报", OutletLevel.CITY, "报纸"},
            {"首都文明网", OutletLevel.CITY, "网站"}, {"《首都精神文明建设》简报", OutletLevel.CITY, "简报"},
            {"人民网", OutletLevel.NATIONAL, "网站"}, {"新华网", OutletLevel.NATIONAL, "网站"},
            {"光明日报", OutletLevel.NATIONAL, "报纸"}
        }) {
            String name = (String) def[0];
            o.put(
                    name,
                    outlets.findByName(name)
                            .orElseGet(() -> outlets.store(new Outlet(name, (OutletLevel) def[1], (String) def[2]))));
        }
        List<Item> accepted = items.newestInStatus(List.of(ItemStatus.ACCEPTED, ItemStatus.PUBLISHED), 500).stream()
                .filter(i -> i.getUnit().getKind().isReporting())
                .sorted(Comparator.comparing(Item::getId))
                .toList();
        LocalDate today = LocalDate.now(DistrictTime.clock());
        int a = 0;
        int n = 0;
        for (Item item : accepted) {
            LocalDate sent = item.getSubmittedAt().atZone(DistrictTime.ZONE).toLocalDate();
            if (n % 2 == 0) {
                a += adopt(actor, item, o.get("海淀区创建首都文明区简报"), AdoptionMode.FULL, sent.plusDays(3), today);
            }
            if (n % 3 == 1) {
                a += adopt(actor, item, o.get("海淀报"), AdoptionMode.COMBINED, sent.plusDays(2), today);
            }
            if (n % 3 == 0) {
                a += adopt(actor, item, o.get("北京日报"), AdoptionMode.FULL, sent.plusDays(6), today);
            }
            if (n % 4 == 1) {
                a += adopt(actor, item, o.get("首都文明网"), AdoptionMode.COMBINED, sent.plusDays(5), today);
            }
            if (n % 7 == 0) {
                a += adopt(actor, item, o.get("人民网"), AdoptionMode.COMBINED, sent.plusDays(9), today);
            }
            if (n % 10 == 3) {
                a += adopt(actor, item, o.get("新华网"), AdoptionMode.FULL, sent.plusDays(8), today);
            }
            if (n % 5 == 0) {
                instructions.record(
                        actor,
                        item.getId(),
                        LeaderLevel.DISTRICT,
                        "张区长",
                        min(sent.plusDays(4), today),
                        "这条信息反映的做法很好，请区创建办总结经验，在全区推广。",
                        null);
            }
            if (n % 11 == 0) {
                instructions.record(
                        actor,
                        item.getId(),
                        LeaderLevel.CITY,
                        "市文明委李副主任",
                        min(sent.plusDays(10), today),
                        "海淀区的做法值得肯定，请市文明办跟踪了解，适时总结推广。",
                        null);
            }
            n++;
        }
        LOG.info("Scoring demo data: " + a + " adoptions on " + n + " accepted items");
    }

    private int adopt(Actor actor, Item item, Outlet outlet, AdoptionMode mode, LocalDate on, LocalDate today) {
        adoptions.record(actor, item.getId(), outlet.getId(), mode, min(on, today));
        return 1;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }
}
