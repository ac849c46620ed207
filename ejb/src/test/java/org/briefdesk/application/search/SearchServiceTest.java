package org.briefdesk.application.search;

import static org.briefdesk.application.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.model.unit.UnitLabel;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.search.query.QuerySyntaxException;
import org.briefdesk.search.query.SearchRequest;
import org.briefdesk.search.query.SearchResult;
import org.briefdesk.search.query.SortOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 信息检索 with each role's limits, decided before the index is asked. */
class SearchServiceTest {

    private static final Actor EDITOR = new Actor(7, "editor", "王编辑", Role.EDITOR, null, null);
    private static final Actor LEADER = new Actor(9, "leader", "张区长", Role.LEADER, null, null);
    private static final Actor HAIDIAN_OFFICER = new Actor(21, "haidian", "李信息员", Role.OFFICER, 3L, "海淀街道");

    private final Unit haidian = withId(new Unit("海淀街道", "海淀", UnitKind.STREET_TOWN, true), 3L);
    private final List<SearchRequest> asked = new ArrayList<>();
    private final SearchService service = new SearchService();
    private RuntimeException refusal;

    @BeforeEach
    void wire() {
        service.index = request -> {
            asked.add(request);
            if (refusal != null) {
                throw refusal;
            }
            return new SearchResult(0, true, List.of(), Map.of(), 0);
        };
        service.units = new UnitRepository() {
            @Override
            public Optional<Unit> find(long id) {
                return id == 3 ? Optional.of(haidian) : Optional.empty();
            }

            @Override
            public Optional<Unit> findByName(String name) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Unit> all() {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Unit> active() {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<UnitLabel> labels() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Unit store(Unit unit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long count() {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static SearchService.Query query(String text, Map<String, Set<String>> filters, int offset, int limit) {
        return new SearchService.Query(text, filters, false, null, null, SortOrder.RELEVANCE, offset, limit);
    }

    @Test
    void anOfficerSearchesOnlyTheirOwnUnit() {
        service.search(HAIDIAN_OFFICER, query("垃圾分类", Map.of(), 0, 20));

        assertEquals(Set.of("海淀"), asked.get(0).units());
    }

    @Test
    void anOfficerAskingForAnotherUnitGetsNothingAndTheIndexIsNotAsked() {
        SearchResult result = service.search(HAIDIAN_OFFICER, query("垃圾分类", Map.of("unit", Set.of("学院路")), 0, 20));

        assertEquals(0, result.totalHits());
        assertTrue(asked.isEmpty());
    }

    @Test
    void aLeaderSeesOnlyWhatTheOfficeAccepted() {
        service.search(LEADER, query("接诉即办", Map.of(), 0, 20));

        assertEquals(Set.of("ACCEPTED", "PUBLISHED"), asked.get(0).statuses());
    }

    @Test
    void anEditorSearchesEverythingThatReachedTheOfficeWithTheFiltersAsked() {
        service.search(EDITOR, query(" 创城 ", Map.of("column", Set.of("工作动态")), 20, 20));

        SearchRequest r = asked.get(0);
        assertEquals("创城", r.query());
        assertEquals(Set.of("工作动态"), r.columns());
        assertEquals(Set.of(), r.units());
        assertEquals(
                Arrays.stream(ItemStatus.values())
                        .filter(ItemStatus::reachedOffice)
                        .map(Enum::name)
                        .collect(Collectors.toSet()),
                r.statuses(),
                "drafts and withdrawn items stay with their unit");
        assertEquals(20, r.offset());
    }

    @Test
    void pagesBeyondTheLimitsAreRefusedWithAReason() {
        var tooMany =
                assertThrows(BusinessRuleViolation.class, () -> service.search(EDITOR, query("创城", Map.of(), 0, 101)));
        assertEquals("limit", tooMany.field());
        var tooDeep = assertThrows(
                BusinessRuleViolation.class,
                () -> service.search(EDITOR, query("创城", Map.of(), SearchRequest.MAX_WINDOW, 20)));
        assertEquals("offset", tooDeep.field());
        assertTrue(asked.isEmpty());
    }

    @Test
    void aQueryTheParserCannotReadIsRefusedWithItsReasonAndASuggestion() {
        refusal = new QuerySyntaxException("\"垃圾分类", "检索式有误：引号没有成对", "垃圾分类", null);

        var refused = assertThrows(
                BusinessRuleViolation.class, () -> service.search(EDITOR, query("\"垃圾分类", Map.of(), 0, 20)));

        assertEquals("q", refused.field());
        assertTrue(refused.getMessage().startsWith("检索式有误：引号没有成对。可改为：垃圾分类"), refused.getMessage());
    }
}
