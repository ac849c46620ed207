package org.briefdesk.application.upward;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.notice.MailRelay;
import org.briefdesk.application.scoring.AdoptionService;
import org.briefdesk.application.scoring.AdoptionView;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.briefing.BriefingEntry;
import org.briefdesk.domain.model.briefing.BriefingIssue;
import org.briefdesk.domain.model.briefing.BriefingRepository;
import org.briefdesk.domain.model.briefing.IssueStatus;
import org.briefdesk.domain.model.item.CombinedSource;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.model.upward.UpwardChannel;
import org.briefdesk.domain.model.upward.UpwardSubmission;
import org.briefdesk.domain.model.upward.UpwardSubmissionRepository;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.domain.shared.Recording;

/**
 * Upward reporting (对口上报): editors send accepted items, or a published issue's items, to an office
 * above or a medium; the package is kept as sent, a mailed one goes through the office's relay (a
 * send that could not be mailed is not recorded). An adoption recorded against a send is an ordinary
 * adoption of the item (AdoptionService: the item scores its highest adoption only, a combined item
 * credits each source unit) linked to the send.
 */
@Stateless
public class UpwardService {

    @Inject
    UpwardSubmissionRepository submissions;

    @Inject
    ItemRepository items;

    @Inject
    BriefingRepository briefings;

    @Inject
    UnitRepository units;

    @Inject
    UpwardPackages packages;

    @Inject
    MailRelay mail;

    @Inject
    AdoptionService adoptions;

    private final Clock clock = DistrictTime.clock();

    public record UpwardForm(
            String addressee, String mailTo, UpwardChannel channel, List<Long> itemIds, Long issueId) {}

    public record PackageFile(String fileName, String mediaType, byte[] content) {}

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** 报送: records the send and its package, mailing it when the channel is mail. */
    public UpwardView send(Actor editor, UpwardForm form) {
        editor.require(Role.EDITOR);
        List<Long> ids = new ArrayList<>(form.itemIds() == null ? List.of() : form.itemIds());
        if (form.issueId() != null) {
            BriefingIssue issue = briefings.findIssue(form.issueId()).orElseThrow(() -> new NotFound("期次不存在"));
            if (!issue.isPublished()) {
                throw new BusinessRuleViolation("issueId", "只能报送已印发的期次");
            }
            issue.printOrder().stream()
                    .map(BriefingEntry::getItem)
                    .map(Item::getId)
                    .forEach(ids::add);
        }
        List<Item> chosen = ids.stream().distinct().map(this::reportable).toList();
        LocalDate today = LocalDate.now(clock);
        UpwardSubmission s = new UpwardSubmission(
                form.addressee(),
                form.mailTo(),
                form.channel(),
                form.issueId(),
                chosen.stream().map(Item::getId).toList(),
                today,
                submissions.nextNumber(today.getYear()),
                new Recording(editor.accountId(), editor.displayName(), clock.instant()));
        byte[] docx = packages.docx(new UpwardPackages.UpwardPackage(
                s.getAddressee(),
                s.getSeriesNumber(),
                today,
                chosen.stream()
                        .map(i -> new UpwardPackages.PackageItem(
                                i.getTitle(),
                                i.getBody().getHtml(),
                                sourceUnits(i),
                                i.getSubmittedAt() == null
                                        ? null
                                        : LocalDate.ofInstant(i.getSubmittedAt(), DistrictTime.ZONE)))
                        .toList()));
        s.attachPackage("信息报送-" + s.seriesLabel() + "-" + s.getAddressee() + ".docx", docx);
        submissions.store(s);
        if (s.getChannel() == UpwardChannel.MAIL
                && !mail.send(
                        s.getMailTo(),
                        "海淀区创建首都文明区信息报送（" + s.seriesLabel() + "）",
                        s.getAddressee() + "：\n\n现报送信息" + chosen.size() + "条（报送清单及正文见附件），请审阅。\n\n海淀区创建首都文明区工作领导小组办公室\n",
                        List.of(new MailRelay.Attachment(s.getPackageName(), DOCX, docx)))) {
            throw new BusinessRuleViolation("channel", "邮件未能发出（未配置发信服务器或发送失败），本次报送未记录；可改为下载后报送");
        }
        return view(editor, s);
    }

    /** A published issue to send whole. */
    public record IssueChoice(long id, String label) implements Serializable {}

    public List<IssueChoice> publishedIssues(Actor editor) {
        editor.require(Role.EDITOR);
        return briefings.issues(IssueStatus.PUBLISHED, 50).stream()
                .map(i -> new IssueChoice(
                        i.getId(), i.getTitle().getName() + i.getNumber().label()))
                .toList();
    }

    public List<UpwardView> list(Actor editor, int limit) {
        editor.require(Role.EDITOR);
        return submissions.latest(Math.max(1, Math.min(limit, 200))).stream()
                .map(s -> view(editor, s))
                .toList();
    }

    public UpwardView find(Actor editor, long id) {
        editor.require(Role.EDITOR);
        return view(editor, submission(id));
    }

    public PackageFile packageFile(Actor editor, long id) {
        editor.require(Role.EDITOR);
        UpwardSubmission s = submission(id);
        return new PackageFile(s.getPackageName(), DOCX, s.getPackageContent());
    }

    /** 记录采用: the addressee (or a medium) used an item of this send. */
    public AdoptionView recordAdoption(
            Actor editor, long submissionId, long itemId, long outletId, AdoptionMode mode, LocalDate adoptedOn) {
        editor.require(Role.EDITOR);
        UpwardSubmission s = submission(submissionId);
        s.requireCarries(itemId);
        if (mode == null) {
            throw new BusinessRuleViolation("mode", "请选择采用方式（全文采用或综合采用）");
        }
        AdoptionView a =
                adoptions.record(editor, itemId, outletId, mode, adoptedOn == null ? LocalDate.now(clock) : adoptedOn);
        s.adopted(itemId, a.id());
        return a;
    }

    private UpwardSubmission submission(long id) {
        return submissions.find(id).orElseThrow(() -> new NotFound("报送记录不存在"));
    }

    private Item reportable(long itemId) {
        Item item = items.find(itemId).orElseThrow(() -> new NotFound("信息不存在或已删除（编号" + itemId + "）"));
        if (!item.usableInIssue()) {
            throw new BusinessRuleViolation(
                    "itemIds", "信息《" + item.getTitle() + "》" + item.getStatus().getLabel() + "，只有已采用的信息可以上报");
        }
        return item;
    }

    /** The units credited: the item's own, or every source unit of a combined item. */
    private List<String> sourceUnits(Item item) {
        if (!item.isCombined()) {
            return List.of(item.getUnit().getShortName());
        }
        return item.getSources().stream()
                .map(CombinedSource::getUnitId)
                .distinct()
                .map(id -> units.find(id).map(Unit::getShortName).orElse("（已删除单位）"))
                .toList();
    }

    private UpwardView view(Actor editor, UpwardSubmission s) {
        List<UpwardView.Line> lines = s.getItemIds().stream()
                .map(id -> items.find(id)
                        .map(i -> new UpwardView.Line(id, i.getTitle(), String.join("、", sourceUnits(i))))
                        .orElse(new UpwardView.Line(id, "（已删除）", "")))
                .toList();
        List<AdoptionView> earned = s.getAdoptionIds().isEmpty()
                ? List.of()
                : s.getItemIds().stream()
                        .flatMap(id -> adoptions.forItem(editor, id).stream())
                        .filter(a -> s.getAdoptionIds().contains(a.id()))
                        .collect(Collectors.toList());
        return new UpwardView(
                s.getId(),
                s.seriesLabel(),
                s.getAddressee(),
                s.getMailTo(),
                s.getChannel().name(),
                s.getChannel().getLabel(),
                s.getIssueId(),
                s.getSentOn(),
                s.getSent().getName(),
                s.getSent().getAt(),
                s.getPackageName(),
                lines,
                earned);
    }
}
