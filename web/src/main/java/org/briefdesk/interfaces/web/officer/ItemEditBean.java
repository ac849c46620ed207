package org.briefdesk.interfaces.web.officer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.editorial.SimilarItemsService;
import org.briefdesk.application.editorial.SimilarItemsService.SimilarItemView;
import org.briefdesk.application.item.AttachmentService;
import org.briefdesk.application.item.ImportedText;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.application.item.OfficerItemService;
import org.briefdesk.application.solicitation.SolicitationService;
import org.briefdesk.application.solicitation.SolicitationService.UnitSolicitation;
import org.briefdesk.domain.model.item.AttachmentInfo;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.item.MustReportKind;
import org.briefdesk.domain.model.similar.MatchClass;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Ids;
import org.briefdesk.interfaces.web.Pages;
import org.primefaces.event.FileUploadEvent;

/**
 * The officer's item form (officer/item-edit.xhtml): a new item, or a draft or returned item by
 * ?id=N, optionally answering a solicitation by ?solicitation=N. After 报送 it shows the similar
 * items other units already reported, which the index updater links a few seconds later.
 */
@Named("itemEdit")
@ViewScoped
public class ItemEditBean implements Serializable {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("M月d日").withZone(DistrictTime.ZONE);
    /** Polls of two seconds: the similar links normally arrive within ten seconds of submission. */
    private static final int MAX_POLLS = 5;

    @Inject
    CurrentUser currentUser;

    @Inject
    OfficerItemService officerItems;

    @Inject
    AttachmentService attachmentService;

    @Inject
    SimilarItemsService similarItems;

    @Inject
    SolicitationService solicitationService;

    private String id;
    private String solicitation;

    private Long itemId;
    private long version;
    private ItemStatus status;
    private String returnReason;
    private String title;
    private String body;
    private LocalDate eventDate;
    private MustReportKind mustReport;
    private boolean urgent;
    private String contact;
    private Long solicitationId;
    private List<UnitSolicitation> openSolicitations = List.of();
    private List<AttachmentInfo> attachments = List.of();
    private boolean submitted;
    private List<SimilarItemsService.WritingMatch> writingMatches = List.of();
    private List<SimilarLine> similar = List.of();
    private int polls;

    /** The view action: loads the item to edit, refusing other units' items and items already sent. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Actor actor = currentUser.getActor();
        if (id != null && !id.isBlank()) {
            ItemView item = officerItems.form(actor, Ids.parse(id, "信息不存在"));
            if (!item.status().editableByUnit()) {
                Pages.redirect("/item.xhtml?id=" + item.id());
                return;
            }
            show(item);
            attachments = attachmentService.attachmentsOf(actor, itemId);
        } else if (solicitation != null && !solicitation.isBlank()) {
            solicitationId = Ids.parse(solicitation, "约稿不存在");
        }
        openSolicitations = solicitationService.openForMyUnit(actor);
    }

    public void saveDraft() {
        if (showProblems()) {
            return;
        }
        save();
        Pages.info("草稿已保存");
    }

    /** Saves the form and sends the item (报送); the page then looks for similar reports. */
    public void submit() {
        if (showProblems()) {
            return;
        }
        show(officerItems.saveAndSubmit(currentUser.getActor(), itemId, version, content(), solicitationId));
        submitted = true;
        polls = 0;
        refreshSimilar();
        Pages.info("已报送，等待区创建办筛选");
    }

    private void save() {
        Actor actor = currentUser.getActor();
        show(officerItems.saveDraft(actor, itemId, version, content(), solicitationId));
    }

    /** Shows every problem of the form at once; true when there was any. */
    private boolean showProblems() {
        List<BusinessRuleViolation> problems = content().problems();
        problems.forEach(p -> Pages.error(p.getMessage()));
        if (!problems.isEmpty()) {
            FacesContext.getCurrentInstance().validationFailed();
        }
        return !problems.isEmpty();
    }

    private ItemContent content() {
        return new ItemContent(title, body, eventDate, mustReport, urgent, contact);
    }

    private void show(ItemView item) {
        itemId = item.id();
        version = item.version();
        status = item.status();
        returnReason = item.status() == ItemStatus.RETURNED ? item.statusReason() : null;
        title = item.title();
        body = item.bodyHtml();
        eventDate = item.eventDate();
        mustReport = item.mustReport();
        urgent = item.urgent();
        contact = item.contact();
        solicitationId = item.solicitationId();
    }

    /** Re-reads the stored similar links: likely duplicates and reports of the same event. */
    public void refreshSimilar() {
        if (itemId == null) {
            // A poll that outlived its item (继续报送 reset the form while the check was still running).
            return;
        }
        polls++;
        similar = similarItems.similarTo(currentUser.getActor(), itemId).stream()
                .filter(v -> v.matchClass() != MatchClass.RELATED)
                .map(SimilarLine::of)
                .toList();
    }

    /** 写作时查重, called (debounced) as the officer types the title or body. */
    public void checkWhileWriting() {
        writingMatches = similarItems.whileWriting(currentUser.getActor(), itemId, title, body, eventDate);
    }

    public List<SimilarItemsService.WritingMatch> getWritingMatches() {
        return writingMatches;
    }

    public boolean isPolling() {
        return submitted && similar.isEmpty() && polls <= MAX_POLLS;
    }

    /** 继续报送: the item stays submitted despite the similar reports. */
    public String keep() {
        keepMessages();
        Pages.info("“" + title + "”已报送");
        return "/officer/home?faces-redirect=true";
    }

    /** 撤回: takes the item back, e.g. because another unit already reported the same thing. */
    public String withdraw() {
        officerItems.withdraw(currentUser.getActor(), itemId, version);
        keepMessages();
        Pages.info("“" + title + "”已撤回");
        return "/officer/home?faces-redirect=true";
    }

    /** 导入Word/PDF: fills title and body from the file; nothing is saved until the officer saves. */
    public void importFile(FileUploadEvent event) {
        ImportedText text = officerItems.importDocument(
                currentUser.getActor(), event.getFile().getContent());
        title = text.title();
        body = text.bodyHtml();
        Pages.info("已导入标题和正文，请核对后保存");
    }

    public void upload(FileUploadEvent event) {
        Actor actor = currentUser.getActor();
        AttachmentInfo added = attachmentService.attach(
                actor, itemId, event.getFile().getFileName(), event.getFile().getContent());
        attachments = attachmentService.attachmentsOf(actor, itemId);
        Pages.info("附件“" + added.fileName() + "”已上传");
    }

    public void removeAttachment(long attachmentId) {
        Actor actor = currentUser.getActor();
        attachmentService.removeAttachment(actor, attachmentId);
        attachments = attachmentService.attachmentsOf(actor, itemId);
        Pages.info("附件已删除");
    }

    private static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public MustReportKind[] getMustReportKinds() {
        return MustReportKind.values();
    }

    /** One line of the similar-items notice: who reported something similar, and when. */
    public record SimilarLine(long itemId, String text, String kind, boolean visible) implements Serializable {
        static SimilarLine of(SimilarItemView v) {
            String when = v.submittedAt() == null ? "" : "已于" + DAY.format(v.submittedAt());
            return new SimilarLine(
                    v.itemId(),
                    v.unitShortName() + when + "报送类似信息",
                    v.matchClass().getLabel(),
                    v.visible());
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSolicitation() {
        return solicitation;
    }

    public void setSolicitation(String solicitation) {
        this.solicitation = solicitation;
    }

    public Long getItemId() {
        return itemId;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public void setEventDate(LocalDate eventDate) {
        this.eventDate = eventDate;
    }

    public MustReportKind getMustReport() {
        return mustReport;
    }

    public void setMustReport(MustReportKind mustReport) {
        this.mustReport = mustReport;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public Long getSolicitationId() {
        return solicitationId;
    }

    public void setSolicitationId(Long solicitationId) {
        this.solicitationId = solicitationId;
    }

    public List<UnitSolicitation> getOpenSolicitations() {
        return openSolicitations;
    }

    public List<AttachmentInfo> getAttachments() {
        return attachments;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public List<SimilarLine> getSimilar() {
        return similar;
    }
}
