package org.briefdesk.interfaces.web.editor;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.application.item.TakenReportService;
import org.briefdesk.application.unit.UnitService;
import org.briefdesk.domain.model.item.ItemChannel;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;

/** 代录信息: an editor records a unit's report taken by phone, on paper, from a leader or by mail. */
@Named
@ViewScoped
public class TakenReportBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    TakenReportService takenReports;

    @Inject
    UnitService unitService;

    private List<SelectItem> unitOptions;
    private Long unitId;
    private ItemChannel channel = ItemChannel.PHONE;
    private String title;
    private String body;
    private LocalDate eventDate;
    private String contact;
    private boolean urgent;
    private Long recordedId;
    private String recordedTitle;

    @PostConstruct
    void load() {
        unitOptions = ReportingUnits.options(unitService);
    }

    /** Records the report; the form is emptied for the next one and links to the item just made. */
    public void record() {
        ItemView item = takenReports.record(
                currentUser.getActor(),
                unitId,
                channel,
                new ItemContent(title, body, eventDate, null, urgent, contact));
        recordedId = item.id();
        recordedTitle = item.title();
        Pages.info("已代录" + item.unitShortName() + "的信息《" + item.title() + "》（" + channel.getLabel() + "），已进入待筛选");
        title = null;
        body = null;
        eventDate = null;
        contact = null;
        urgent = false;
    }

    public List<ItemChannel> getChannels() {
        return Arrays.stream(ItemChannel.values())
                .filter(ItemChannel::takenByEditor)
                .toList();
    }

    public List<SelectItem> getUnitOptions() {
        return unitOptions;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public ItemChannel getChannel() {
        return channel;
    }

    public void setChannel(ItemChannel channel) {
        this.channel = channel;
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

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public Long getRecordedId() {
        return recordedId;
    }

    public String getRecordedTitle() {
        return recordedTitle;
    }
}
