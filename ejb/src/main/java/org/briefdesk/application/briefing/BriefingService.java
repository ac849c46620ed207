package org.briefdesk.application.briefing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.briefdesk.application.UnitOfWork;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.item.ItemJournal;
import org.briefdesk.application.notice.NoticeService;
import org.briefdesk.application.notice.Notification;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.AccountRepository;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.audit.AuditAction;
import org.briefdesk.domain.model.briefing.BriefingEntry;
import org.briefdesk.domain.model.briefing.BriefingIssue;
import org.briefdesk.domain.model.briefing.BriefingRepository;
import org.briefdesk.domain.model.briefing.BriefingTitle;
import org.briefdesk.domain.model.briefing.Distribution;
import org.briefdesk.domain.model.briefing.IssueKind;
import org.briefdesk.domain.model.briefing.IssueNumber;
import org.briefdesk.domain.model.briefing.IssueStatus;
import org.briefdesk.domain.model.briefing.PageLayout;
import org.briefdesk.domain.model.briefing.UnitDistributionRepository;
import org.briefdesk.domain.model.notice.NoticeKind;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.NotFound;

/**
 * Briefing issues on the editors' side (简报编辑): numbering, the header and distribution, review.
 * Entries are assembled by {@link IssueAssemblyService}; publication by {@link IssuePublication}.
 * Every change names the version the editor saw, so two editors on one issue never overwrite each other.
 */
@Stateless
public class BriefingService {

    @Inject
    BriefingRepository briefings;

    @Inject
    EditableIssues editable;

    @Inject
    AccountRepository accounts;

    @Inject
    UnitDistributionRepository unitDistribution;

    @Inject
    UnitRepository units;

    @Inject
    NoticeService notices;

    @Inject
    ItemJournal journal;

    @Inject
    UnitOfWork unitOfWork;

    private static final Logger LOG = Logger.getLogger(BriefingService.class.getName());

    private final Clock clock = DistrictTime.clock();

    public List<TitleView> titles(Actor actor) {
        actor.require(Role.EDITOR, Role.ADMIN);
        return briefings.titles().stream().map(TitleView::of).toList();
    }

    /** The titles not retired, for a new issue; the first is the default. */
    public List<TitleChoice> activeTitles(Actor actor) {
        actor.require(Role.EDITOR, Role.ADMIN);
        return briefings.titles().stream()
                .filter(BriefingTitle::isActive)
                .map(TitleChoice::of)
                .toList();
    }

    /**
     * Creates the next issue of {@code kind}. The title's row is locked while the number is taken, so
     * concurrent creations queue and get consecutive numbers; the unique key is the last guard.
     */
    public IssueView create(Actor actor, long titleId, IssueKind kind, LocalDate issueDate) {
        actor.require(Role.EDITOR);
        if (kind == null) {
            throw new BusinessRuleViolation("kind", "请选择期刊类别");
        }
        if (issueDate == null) {
            throw new BusinessRuleViolation("issueDate", "请填写出刊日期");
        }
        BriefingTitle title = briefings.lockTitle(titleId);
        if (!title.isActive()) {
            throw new BusinessRuleViolation("title", "简报“" + title.getName() + "”已停用");
        }
        int year = issueDate.getYear();
        int number = briefings.lastNumber(titleId, kind, year) + 1;
        Integer total = kind.hasRunningTotal() ? briefings.lastTotal(titleId, kind) + 1 : null;
        BriefingIssue issue = new BriefingIssue(
                title, new IssueNumber(kind, year, number, total), issueDate, actor.displayName(), clock.instant());
        issue.distributeTo(defaultRecipients());
        issue.assembledBy(actor.accountId());
        briefings.store(issue);
        unitOfWork.flush();
        return IssueView.of(issue);
    }

    public IssueView view(Actor actor, long issueId) {
        actor.require(Role.EDITOR);
        return IssueView.of(editable.find(issueId));
    }

    public List<IssueView> issues(Actor actor, IssueStatus status, int limit) {
        actor.require(Role.EDITOR);
        return briefings.issues(status, limit).stream().map(IssueView::of).toList();
    }

    /**
     * 编辑期次信息: date, editor's note, the distribution block, the mail switch and the leaders'
     * accounts that see the issue in their portal once it is published, saved together.
     */
    public IssueView describe(Actor actor, long issueId, long seenVersion, IssueHeader header) {
        BriefingIssue issue = editable.current(actor, issueId, seenVersion);
        issue.describe(
                header.issueDate(),
                header.editorNote(),
                header.distribution(),
                header.extraRecipients(),
                header.mailOnPublish());
        issue.mark(header.classification(), header.copyNumber());
        Set<Long> ids = new LinkedHashSet<>();
        for (Long id : header.recipientIds()) {
            Account a = accounts.find(id).orElseThrow(() -> new NotFound("账号不存在"));
            if (!a.isActive() || a.getRole() != Role.LEADER) {
                throw new BusinessRuleViolation("recipients", a.getDisplayName() + "不是在用的领导账号");
            }
            ids.add(id);
        }
        issue.distributeTo(ids);
        issue.distributeToUnits(header.toMemberUnits(), header.toAllUnits());
        return editable.saved(issue);
    }

    /** The leaders an issue may be distributed to. */
    public List<LeaderChoice> leaders(Actor actor) {
        actor.require(Role.EDITOR);
        return accounts.all().stream()
                .filter(a -> a.isActive() && a.getRole() == Role.LEADER)
                .map(LeaderChoice::of)
                .toList();
    }

    public IssueView submitForReview(Actor actor, long issueId, long seenVersion) {
        BriefingIssue issue = editable.current(actor, issueId, seenVersion);
        issue.submitForReview();
        if (issue.getTitle().isSignOffRequired()) {
            String name =
                    "《" + issue.getTitle().getName() + "》" + issue.getNumber().label();
            Notification awaiting = new Notification(
                    NoticeKind.ISSUE_AWAITING_SIGNOFF,
                    name,
                    name + "已提交审核，等待您签发（组稿：" + issue.getCreatedBy() + "）",
                    "/editor/issue.xhtml?id=" + issue.getId());
            accounts.activeSigners().stream()
                    .filter(a -> !issue.isAssembledBy(a.getId(), a.getDisplayName()))
                    .forEach(a -> notices.toAccount(a.getId(), awaiting));
        }
        return editable.saved(issue);
    }

    /**
     * 删除期次: an issue not yet published goes with its entries, and its items are available to the
     * next issue again. Each item's trail says which issue it was taken out of and who deleted it.
     */
    public void delete(Actor actor, long issueId, long seenVersion) {
        BriefingIssue issue = editable.current(actor, issueId, seenVersion);
        if (issue.isPublished()) {
            throw new BusinessRuleViolation("已发布的期次不能删除");
        }
        String which =
                "《" + issue.getTitle().getName() + "》" + issue.getNumber().label() + "未发布即被删除，信息回到待编";
        for (BriefingEntry entry : issue.printOrder()) {
            journal.changed(entry.getItem(), actor, AuditAction.ISSUE_DELETED, which);
        }
        briefings.delete(issue);
        unitOfWork.flush();
        LOG.info(() -> actor.login() + " deleted the unpublished issue " + issueId + " (" + which + ")");
    }

    public IssueView reopen(Actor actor, long issueId, long seenVersion) {
        BriefingIssue issue = editable.current(actor, issueId, seenVersion);
        issue.reopen();
        return editable.saved(issue);
    }

    /** 简报设置 (administrators): a new title when {@code titleId} is null, else changes to that one. */
    public TitleView saveTitle(
            Actor actor, Long titleId, String name, String issuingUnit, Distribution distribution, PageLayout layout) {
        actor.require(Role.ADMIN);
        if (titleId == null) {
            return TitleView.of(briefings.store(new BriefingTitle(name, issuingUnit, distribution, layout)));
        }
        BriefingTitle title = briefings.findTitle(titleId).orElseThrow(() -> new NotFound("简报不存在或已删除"));
        title.rename(name, issuingUnit);
        title.redistribute(distribution);
        title.relayout(layout);
        return TitleView.of(title);
    }

    /**
     * Retires a title (停用: editors can no longer start issues of it; its issues stay as they are,
     * readable and downloadable) or brings it back.
     */
    public TitleView setTitleActive(Actor actor, long titleId, boolean active) {
        actor.require(Role.ADMIN);
        BriefingTitle title = briefings.findTitle(titleId).orElseThrow(() -> new NotFound("简报不存在或已删除"));
        if (active) {
            title.activate();
        } else {
            title.deactivate();
        }
        return TitleView.of(title);
    }

    /** Recipients' first readings (已阅), keyed by display name, for the editor's receipt list. */
    public List<Receipt> receipts(Actor actor, long issueId) {
        actor.require(Role.EDITOR);
        BriefingIssue issue = editable.find(issueId);
        var readings = briefings.readings(issueId);
        return issue.getRecipients().stream()
                .map(id -> accounts.find(id)
                        .map(a -> new Receipt(a.getDisplayName(), readings.get(id)))
                        .orElse(null))
                .filter(r -> r != null)
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .collect(Collectors.toList());
    }

    /** 签发: administrators turn sign-off on or off for a title; issues already published stay as they are. */
    public TitleView requireSignOff(Actor actor, long titleId, boolean required) {
        actor.require(Role.ADMIN);
        BriefingTitle title = briefings.findTitle(titleId).orElseThrow(() -> new NotFound("简报不存在或已删除"));
        title.requireSignOff(required);
        return TitleView.of(title);
    }

    /** The units a published issue reached and when each first read it (各单位阅读情况): readers first. */
    public List<Receipt> unitReceipts(Actor actor, long issueId) {
        actor.require(Role.EDITOR);
        BriefingIssue issue = editable.find(issueId);
        var readings = unitDistribution.readings(issueId);
        return issue.getUnitRecipients().stream()
                .map(id -> units.find(id)
                        .map(u -> new Receipt(u.getShortName(), readings.get(id)))
                        .orElse(null))
                .filter(r -> r != null)
                .sorted(Comparator.comparing(Receipt::readAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Receipt::name))
                .toList();
    }

    /** One recipient and when they first opened the issue (null: not yet). */
    public record Receipt(String name, Instant readAt) implements Serializable {}

    private List<Long> defaultRecipients() {
        return accounts.all().stream()
                .filter(a -> a.isActive() && a.getRole() == Role.LEADER)
                .map(Account::getId)
                .toList();
    }
}
