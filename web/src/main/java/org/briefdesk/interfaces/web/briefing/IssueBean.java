package org.briefdesk.interfaces.web.briefing;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.briefdesk.application.briefing.AvailableItem;
import org.briefdesk.application.briefing.BriefingService;
import org.briefdesk.application.briefing.BriefingService.Receipt;
import org.briefdesk.application.briefing.IssueAssemblyService;
import org.briefdesk.application.briefing.IssuePublication;
import org.briefdesk.application.briefing.IssueReadingService;
import org.briefdesk.application.briefing.IssueSignOff;
import org.briefdesk.application.briefing.IssueView;
import org.briefdesk.application.briefing.LeaderChoice;
import org.briefdesk.application.editorial.ColumnChoice;
import org.briefdesk.application.editorial.EditorialService;
import org.briefdesk.application.scoring.InstructionView;
import org.briefdesk.domain.model.briefing.IssueStatus;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Ids;
import org.briefdesk.interfaces.web.Pages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.ReorderEvent;

/**
 * Assembling one issue (组稿), editor/issue.xhtml?id=N: the items on offer by column, the entries in
 * printed order with reorder, edit and remove, the header and distribution, review and publication,
 * and once published the read receipts and leaders' instructions. Every action sends the version the
 * page was drawn from.
 */
@Named
@ViewScoped
public class IssueBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    BriefingService briefings;

    @Inject
    IssueAssemblyService assembly;

    @Inject
    IssuePublication publication;

    @Inject
    IssueReadingService reading;

    @Inject
    EditorialService editorial;

    @Inject
    IssueSignOff signOff;

    private String id;
    private long issueId;
    private IssueView issue;
    private List<AvailableItem> available;
    private List<AvailableItem> selected = new ArrayList<>();
    private List<String> alreadyPrinted = List.of();
    private List<ColumnChoice> columns;
    private List<LeaderChoice> leaders;
    private List<Receipt> receipts;
    private Map<Long, List<InstructionView>> instructionsByEntry;

    private List<Receipt> unitReceipts;
    private boolean signer;
    private IssueHeaderForm header = new IssueHeaderForm();
    private EntryForm entry = new EntryForm();

    public void load() {
        issueId = Ids.parse(id, "该期简报不存在");
        refresh(briefings.view(currentUser.getActor(), issueId));
    }

    private void refresh(IssueView view) {
        var actor = currentUser.getActor();
        issue = view;
        available = issue.published() ? List.of() : assembly.available(actor, issueId);
        alreadyPrinted = issue.published() ? List.of() : assembly.alreadyPrinted(actor, issueId);
        selected = new ArrayList<>();
        columns = editorial.activeColumns(actor);
        leaders = briefings.leaders(actor);
        receipts = briefings.receipts(actor, issueId);
        unitReceipts = briefings.unitReceipts(actor, issueId);
        signer = signOff.isSigner(actor);
        instructionsByEntry = new LinkedHashMap<>();
        for (InstructionView i : reading.instructionsOn(actor, issueId)) {
            instructionsByEntry
                    .computeIfAbsent(i.briefingEntryId(), k -> new ArrayList<>())
                    .add(i);
        }
        header = IssueHeaderForm.of(issue);
    }

    public void addSelected() {
        List<Long> ids = selected.stream().map(AvailableItem::itemId).toList();
        act(() -> assembly.add(currentUser.getActor(), issueId, issue.version(), ids), "已编入" + ids.size() + "条信息");
    }

    public void remove(long entry) {
        act(() -> assembly.remove(currentUser.getActor(), issueId, issue.version(), entry), "已移出本期");
    }

    public void up(long entry) {
        act(() -> assembly.shift(currentUser.getActor(), issueId, issue.version(), entry, -1), null);
    }

    public void down(long entry) {
        act(() -> assembly.shift(currentUser.getActor(), issueId, issue.version(), entry, 1), null);
    }

    /** Drag and drop inside one column's table; the table carries its column id as an attribute. */
    public void onRowReorder(ReorderEvent event) {
        Object columnId = event.getComponent().getAttributes().get("columnId");
        Long column = columnId instanceof Number n ? n.longValue() : null;
        List<IssueView.Entry> inColumn = issue.sections().stream()
                .filter(s -> Objects.equals(s.columnId(), column))
                .findFirst()
                .map(IssueView.Section::entries)
                .orElse(List.of());
        if (event.getFromIndex() < 0 || event.getFromIndex() >= inColumn.size()) {
            return;
        }
        long moving = inColumn.get(event.getFromIndex()).id();
        act(
                () -> assembly.move(
                        currentUser.getActor(), issueId, issue.version(), moving, column, event.getToIndex()),
                null);
    }

    public void editEntry(long entryId) {
        EntryForm form = EntryForm.of(issue, entryId);
        if (form == null) {
            Pages.error("该条目已不在本期中，请刷新");
            return;
        }
        entry = form;
    }

    public void saveEntry() {
        boolean done = act(
                () -> assembly.revise(
                        currentUser.getActor(),
                        issueId,
                        issue.version(),
                        entry.getEntryId(),
                        entry.getHeadline(),
                        entry.getBody(),
                        entry.getColumnId()),
                "条目已保存（原信息不变）");
        if (done) {
            PrimeFaces.current().executeScript("PF('entryDialog').hide()");
        }
    }

    public void saveHeader() {
        act(() -> briefings.describe(currentUser.getActor(), issueId, issue.version(), header.toHeader()), "期次信息已保存");
    }

    public void submitForReview() {
        act(() -> briefings.submitForReview(currentUser.getActor(), issueId, issue.version()), "已提交审核");
    }

    public void reopen() {
        act(() -> briefings.reopen(currentUser.getActor(), issueId, issue.version()), "已退回编辑");
    }

    /** 签发 (signers only; the service checks it again). */
    public void signOff() {
        act(() -> signOff.signOff(currentUser.getActor(), issueId, issue.version()), "已签发，组稿编辑可以发布");
    }

    /** Whether the page offers 签发: a signer other than the assembling editor, on an issue in review. */
    public boolean isCanSignOff() {
        return signer
                && issue != null
                && issue.signOffRequired()
                && !issue.signedOff()
                && issue.status() == IssueStatus.IN_REVIEW;
    }

    public List<Receipt> getUnitReceipts() {
        return unitReceipts;
    }

    public void publish() {
        act(() -> publication.publish(currentUser.getActor(), issueId, issue.version()), "本期已发布，领导可在“简报阅览”中阅读");
    }

    /** 删除本期: only before publication; the items go back to the available list, and so does the editor. */
    public void delete() {
        try {
            briefings.delete(currentUser.getActor(), issueId, issue.version());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Pages.info("已删除" + issue.year() + "年第" + issue.number() + "期，其中的信息回到待编");
            Pages.redirect("/editor/issues.xhtml");
        } catch (BusinessRuleViolation e) {
            Pages.error(e);
            if ("version".equals(e.field())) {
                refresh(briefings.view(currentUser.getActor(), issueId));
            }
        }
    }

    /** Runs an action; a broken rule is shown and, when another editor got there first, the page reloads. */
    private boolean act(Supplier<IssueView> action, String success) {
        try {
            refresh(action.get());
            if (success != null) {
                Pages.info(success);
            }
            return true;
        } catch (BusinessRuleViolation e) {
            Pages.error(e);
            if ("version".equals(e.field())) {
                refresh(briefings.view(currentUser.getActor(), issueId));
            }
        } catch (NotFound e) {
            Pages.error(e.getMessage());
            refresh(briefings.view(currentUser.getActor(), issueId));
        }
        return false;
    }

    public boolean isEditable() {
        return issue != null && !issue.published();
    }

    public List<InstructionView> instructionsOf(long entry) {
        return instructionsByEntry.getOrDefault(entry, List.of());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public IssueView getIssue() {
        return issue;
    }

    /** What 发布 asks: with the entries another issue has already printed named, if there are any. */
    public String getPublishConfirmation() {
        String plain = "发布后本期不能再修改，各条信息记为已刊用并计入采用记录。";
        if (alreadyPrinted.isEmpty()) {
            return plain + "确定发布吗？";
        }
        return "以下信息已在其他期次刊发过，发布将再次刊用：" + String.join("；", alreadyPrinted) + "。" + plain + "确定仍要发布吗？";
    }

    public List<String> getAlreadyPrinted() {
        return alreadyPrinted;
    }

    public List<AvailableItem> getAvailable() {
        return available;
    }

    public List<AvailableItem> getSelected() {
        return selected;
    }

    public void setSelected(List<AvailableItem> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public List<ColumnChoice> getColumns() {
        return columns;
    }

    public List<LeaderChoice> getLeaders() {
        return leaders;
    }

    public List<Receipt> getReceipts() {
        return receipts;
    }

    /** The 期次信息 form. */
    public IssueHeaderForm getHeader() {
        return header;
    }

    /** The 编辑条目 dialog's entry. */
    public EntryForm getEntry() {
        return entry;
    }
}
