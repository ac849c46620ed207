package org.briefdesk.interfaces.web.editor;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.briefdesk.application.scoring.OutletService;
import org.briefdesk.application.scoring.OutletView;
import org.briefdesk.application.upward.UpwardService;
import org.briefdesk.application.upward.UpwardService.IssueChoice;
import org.briefdesk.application.upward.UpwardService.UpwardForm;
import org.briefdesk.application.upward.UpwardView;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.upward.UpwardChannel;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 对口上报 (editors): send accepted items or a published issue upward as a Word package, by mail or
 * for download; the list of sends; and recording what the addressee or a medium adopted.
 */
@Named
@ViewScoped
public class UpwardBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    UpwardService upward;

    @Inject
    OutletService outlets;

    private String addressee = "首都文明办";
    private UpwardChannel channel = UpwardChannel.DOWNLOAD;
    private String mailTo;
    private String itemIds;
    private Long issueId;
    private List<IssueChoice> issues;
    private List<UpwardView> sends;

    private Long adoptSend;
    private Long adoptItem;
    private Long adoptOutlet;
    private AdoptionMode adoptMode = AdoptionMode.FULL;
    private LocalDate adoptedOn = LocalDate.now(DistrictTime.clock());

    @PostConstruct
    void init() {
        issues = upward.publishedIssues(currentUser.getActor());
    }

    public void send() {
        try {
            UpwardView v =
                    upward.send(currentUser.getActor(), new UpwardForm(addressee, mailTo, channel, ids(), issueId));
            Pages.info("已记录报送" + v.seriesLabel() + "（" + v.items().size() + "条）"
                    + (channel == UpwardChannel.MAIL ? "，已发送至" + mailTo : "，请下载报送件"));
            itemIds = null;
            issueId = null;
            sends = null;
        } catch (BusinessRuleViolation | NotFound e) {
            Pages.error(e.getMessage());
        }
    }

    public void recordAdoption() {
        if (adoptSend == null || adoptItem == null || adoptOutlet == null) {
            Pages.error("请选择报送记录、信息和采用的刊物/媒体");
            return;
        }
        try {
            var a = upward.recordAdoption(
                    currentUser.getActor(), adoptSend, adoptItem, adoptOutlet, adoptMode, adoptedOn);
            Pages.info("已记录：" + a.outletName() + a.mode().getLabel());
            sends = null;
        } catch (BusinessRuleViolation | NotFound e) {
            Pages.error(e.getMessage());
        }
    }

    public StreamedContent download(long sendId) {
        var f = upward.packageFile(currentUser.getActor(), sendId);
        return DefaultStreamedContent.builder().name(f.fileName()).contentType(f.mediaType()).stream(
                        () -> new ByteArrayInputStream(f.content()))
                .build();
    }

    private List<Long> ids() {
        List<Long> out = new ArrayList<>();
        if (itemIds == null || itemIds.isBlank()) {
            return out;
        }
        for (String s : itemIds.split("[,，、\\s]+")) {
            if (s.isBlank()) {
                continue;
            }
            try {
                out.add(Long.parseLong(s.strip()));
            } catch (NumberFormatException e) {
                throw new BusinessRuleViolation("itemIds", "信息编号“" + s + "”无效，请填写数字，用逗号分隔");
            }
        }
        return out;
    }

    public List<UpwardView> getSends() {
        if (sends == null) {
            sends = upward.list(currentUser.getActor(), 100);
        }
        return sends;
    }

    public List<UpwardView.Line> getAdoptableItems() {
        return getSends().stream()
                .filter(s -> s.id() == (adoptSend == null ? -1 : adoptSend))
                .flatMap(s -> s.items().stream())
                .toList();
    }

    public List<OutletView> getOutlets() {
        return outlets.active(currentUser.getActor());
    }

    public List<UpwardChannel> getChannels() {
        return Arrays.asList(UpwardChannel.values());
    }

    public List<AdoptionMode> getModes() {
        return Arrays.asList(AdoptionMode.values());
    }

    public List<IssueChoice> getIssues() {
        return issues;
    }

    public String getAddressee() {
        return addressee;
    }

    public void setAddressee(String addressee) {
        this.addressee = addressee;
    }

    public UpwardChannel getChannel() {
        return channel;
    }

    public void setChannel(UpwardChannel channel) {
        this.channel = channel;
    }

    public String getMailTo() {
        return mailTo;
    }

    public void setMailTo(String mailTo) {
        this.mailTo = mailTo;
    }

    public String getItemIds() {
        return itemIds;
    }

    public void setItemIds(String itemIds) {
        this.itemIds = itemIds;
    }

    public Long getIssueId() {
        return issueId;
    }

    public void setIssueId(Long issueId) {
        this.issueId = issueId;
    }

    public Long getAdoptSend() {
        return adoptSend;
    }

    public void setAdoptSend(Long adoptSend) {
        this.adoptSend = adoptSend;
    }

    public Long getAdoptItem() {
        return adoptItem;
    }

    public void setAdoptItem(Long adoptItem) {
        this.adoptItem = adoptItem;
    }

    public Long getAdoptOutlet() {
        return adoptOutlet;
    }

    public void setAdoptOutlet(Long adoptOutlet) {
        this.adoptOutlet = adoptOutlet;
    }

    public AdoptionMode getAdoptMode() {
        return adoptMode;
    }

    public void setAdoptMode(AdoptionMode adoptMode) {
        this.adoptMode = adoptMode;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public void setAdoptedOn(LocalDate adoptedOn) {
        this.adoptedOn = adoptedOn;
    }
}
