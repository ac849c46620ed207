package org.briefdesk.application.briefing;

import static org.briefdesk.application.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.item.RecordingJournal;
import org.briefdesk.application.scoring.AdoptionService;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.audit.AuditAction;
import org.briefdesk.domain.model.briefing.BriefingIssue;
import org.briefdesk.domain.model.briefing.BriefingRepository;
import org.briefdesk.domain.model.briefing.BriefingTitle;
import org.briefdesk.domain.model.briefing.Distribution;
import org.briefdesk.domain.model.briefing.ExportFormat;
import org.briefdesk.domain.model.briefing.IssueKind;
import org.briefdesk.domain.model.briefing.IssueNumber;
import org.briefdesk.domain.model.briefing.IssueStatus;
import org.briefdesk.domain.model.briefing.PageLayout;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 发布 as one step: all of it (files, 已刊用, adoptions, the mail trigger) or, when refused, none of it. */
class IssuePublicationTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private static final Actor EDITOR = new Actor(7, "editor", "王编辑", Role.EDITOR, null, null);

    private final Unit haidian = withId(new Unit("海淀街道", null, UnitKind.STREET_TOWN, true), 3L);
    private final BriefingColumn updates = withId(new BriefingColumn("工作动态", 1), 1L);
    private final StoredExports stored = new StoredExports();
    private final List<ExportFormat> printed = new ArrayList<>();
    private final RecordingJournal journal = new RecordingJournal();
    private final RecordedAdoptions adoptions = new RecordedAdoptions();
    private final FiredEvents fired = new FiredEvents();
    private final IssuePublication publication = new IssuePublication();
    private BriefingIssue issue;
    private long ids = 100;

    @BeforeEach
    void wire() {
        BriefingTitle title = withId(
                new BriefingTitle(
                        "海淀区创建首都文明区简报", "海淀区创建首都文明区工作领导小组办公室", Distribution.standard(), PageLayout.standard()),
                1L);
        issue = withId(
                new BriefingIssue(title, new IssueNumber(IssueKind.REGULAR, 2026, 12, 128), DAY, "王编辑", NOW), 50L);
        publication.editable = new EditableIssues() {
            @Override
            public BriefingIssue current(Actor actor, long issueId, long seenVersion) {
                actor.require(Role.EDITOR);
                return issue;
            }

            @Override
            public IssueView saved(BriefingIssue saved) {
                return IssueView.of(saved);
            }
        };
        publication.briefings = stored;
        publication.printer = (view, layout, format) -> {
            printed.add(format);
            return (format.name() + " of " + view.briefingName()).getBytes();
        };
        publication.journal = journal;
        publication.adoptions = adoptions;
        publication.published = fired;
    }

    private Item add(String title) {
        Item item = withId(
                new Item(
                        haidian,
                        null,
                        new ItemContent(title, "<p>11月26日，海淀街道组织志愿者开展垃圾分类桶前值守。</p>", DAY, null, false, null),
                        NOW),
                ids++);
        item.submit(NOW);
        item.accept();
        withId(issue.add(item, updates, "海淀街道"), ids++);
        return item;
    }

    private void assertNothingHappened() {
        assertEquals(IssueStatus.DRAFT, issue.getStatus());
        assertTrue(printed.isEmpty(), "nothing is printed");
        assertTrue(stored.files.isEmpty(), "no file is stored");
        assertTrue(journal.entries.isEmpty(), "no item is marked");
        assertTrue(adoptions.itemIds.isEmpty(), "no adoption is recorded");
        assertTrue(fired.events.isEmpty(), "no mail is triggered");
    }

    @Test
    void anEmptyIssueIsRefusedAndNothingIsPrintedOrStored() {
        assertThrows(BusinessRuleViolation.class, () -> publication.publish(EDITOR, 50, 0));
        assertNothingHappened();
    }

    @Test
    void anIssueWhoseItemWasRejectedMeanwhileIsRefusedNamingTheEntry() {
        add("学院路街道开展垃圾分类宣传");
        add("海淀街道志愿者桶前值守");
        issue.printOrder().get(1).getItem().reject("与上周信息重复");

        var refused = assertThrows(BusinessRuleViolation.class, () -> publication.publish(EDITOR, 50, 0));

        assertTrue(refused.getMessage().contains("第2条“海淀街道志愿者桶前值守”"), refused.getMessage());
        assertNothingHappened();
    }

    @Test
    void publishingStoresBothFilesMarksEveryItemAndRecordsTheBriefingsAdoption() {
        Item first = add("学院路街道开展垃圾分类宣传");
        Item second = add("海淀街道志愿者桶前值守");

        IssueView view = publication.publish(EDITOR, 50, 0);

        assertEquals(IssueStatus.PUBLISHED, issue.getStatus());
        assertEquals(List.of(ExportFormat.DOCX, ExportFormat.PDF), printed);
        assertArrayEquals("PDF of 海淀区创建首都文明区简报".getBytes(), stored.files.get(ExportFormat.PDF));
        assertEquals(ItemStatus.PUBLISHED, first.getStatus());
        assertEquals(ItemStatus.PUBLISHED, second.getStatus());
        assertEquals(
                List.of(
                        new RecordingJournal.Entry(
                                first.getId(), AuditAction.PUBLISHED, "刊用于《海淀区创建首都文明区简报》2026年普刊第12期"),
                        new RecordingJournal.Entry(
                                second.getId(), AuditAction.PUBLISHED, "刊用于《海淀区创建首都文明区简报》2026年普刊第12期")),
                journal.entries);
        assertEquals(List.of(first.getId(), second.getId()), adoptions.itemIds);
        assertEquals(view.itemIds(), adoptions.itemIds);
        assertEquals(List.of(new IssuePublished(50)), fired.events);
    }

    @Test
    void onlyEditorsPublish() {
        add("学院路街道开展垃圾分类宣传");
        Actor leader = new Actor(9, "leader", "张区长", Role.LEADER, null, null);
        assertThrows(org.briefdesk.domain.shared.AccessDenied.class, () -> publication.publish(leader, 50, 0));
        assertNothingHappened();
    }

    /** The briefing repository as publishing uses it: it stores the exported files. */
    private static final class StoredExports implements BriefingRepository {
        final Map<ExportFormat, byte[]> files = new EnumMap<>(ExportFormat.class);

        @Override
        public void storeExport(long issueId, ExportFormat format, byte[] content, Instant at) {
            files.put(format, content);
        }

        @Override
        public Optional<byte[]> export(long issueId, ExportFormat format) {
            return Optional.ofNullable(files.get(format));
        }

        @Override
        public Optional<BriefingTitle> findTitle(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<BriefingTitle> titles() {
            throw new UnsupportedOperationException();
        }

        @Override
        public BriefingTitle store(BriefingTitle title) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BriefingTitle lockTitle(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int lastNumber(long titleId, IssueKind kind, int year) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int lastTotal(long titleId, IssueKind kind) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<BriefingIssue> findIssue(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<BriefingIssue> findIssue(long titleId, IssueKind kind, int year, int number) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(BriefingIssue issue) {
            throw new UnsupportedOperationException();
        }

        @Override
        public BriefingIssue store(BriefingIssue issue) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<BriefingIssue> issues(IssueStatus status, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<BriefingIssue> publishedFor(long accountId, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Item> availableFor(long issueId, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<Long, List<BriefingIssue>> otherIssuesOf(Collection<Long> itemIds, long issueId) {
            return Map.of();
        }

        @Override
        public boolean markRead(long issueId, long accountId, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<Long> readBy(long accountId, Collection<Long> issueIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<Long, Instant> readings(long issueId) {
            throw new UnsupportedOperationException();
        }
    }

    /** Adoptions by the briefing, remembered by item id. */
    private static final class RecordedAdoptions extends AdoptionService {
        final List<Long> itemIds = new ArrayList<>();

        @Override
        public void recordBriefingPublication(
                Actor editor, String briefingName, long briefingIssueId, LocalDate publishedOn, List<Long> items) {
            itemIds.addAll(items);
        }
    }

    /** The CDI event, fired synchronously into a list. */
    private static final class FiredEvents implements Event<IssuePublished> {
        final List<IssuePublished> events = new ArrayList<>();

        @Override
        public void fire(IssuePublished event) {
            events.add(event);
        }

        @Override
        public <U extends IssuePublished> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends IssuePublished> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<IssuePublished> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends IssuePublished> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends IssuePublished> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
