package org.briefdesk.interfaces.web.briefing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.application.briefing.IssueHeader;
import org.briefdesk.application.briefing.IssueView;

/**
 * The issue's header as the 期次信息 form on editor/issue.xhtml edits it: date, 编者按, the printed
 * distribution block and 本期增发, 密级 and 份号, and who reads it in Briefdesk (leaders, 送/发 units,
 * mail on publication). Filled from the issue as drawn, handed back as one {@link IssueHeader}.
 */
public class IssueHeaderForm implements Serializable {

    private LocalDate issueDate;
    private String editorNote;
    private DistributionForm distribution = new DistributionForm();
    private String extraRecipients;
    private boolean mailOnPublish;
    private String classification;
    private String copyNumber;
    private List<Long> recipientIds = new ArrayList<>();
    private boolean toMemberUnits;
    private boolean toAllUnits;

    public static IssueHeaderForm of(IssueView issue) {
        IssueHeaderForm f = new IssueHeaderForm();
        f.issueDate = issue.issueDate();
        f.editorNote = issue.editorNote();
        f.distribution = DistributionForm.of(issue.distribution());
        f.extraRecipients = issue.extraRecipients();
        f.mailOnPublish = issue.mailOnPublish();
        f.classification = issue.classification();
        f.copyNumber = issue.copyNumber();
        f.recipientIds = new ArrayList<>(issue.recipients());
        f.toMemberUnits = issue.toMemberUnits();
        f.toAllUnits = issue.toAllUnits();
        return f;
    }

    /** The header as the service checks and keeps it. */
    public IssueHeader toHeader() {
        return new IssueHeader(
                issueDate,
                editorNote,
                distribution.toDistribution(),
                extraRecipients,
                mailOnPublish,
                recipientIds,
                toMemberUnits,
                toAllUnits,
                classification,
                copyNumber);
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    public String getEditorNote() {
        return editorNote;
    }

    public void setEditorNote(String editorNote) {
        this.editorNote = editorNote;
    }

    public DistributionForm getDistribution() {
        return distribution;
    }

    public String getExtraRecipients() {
        return extraRecipients;
    }

    public void setExtraRecipients(String extraRecipients) {
        this.extraRecipients = extraRecipients;
    }

    public boolean isMailOnPublish() {
        return mailOnPublish;
    }

    public void setMailOnPublish(boolean mailOnPublish) {
        this.mailOnPublish = mailOnPublish;
    }

    public String getClassification() {
        return classification;
    }

    public void setClassification(String classification) {
        this.classification = classification;
    }

    public String getCopyNumber() {
        return copyNumber;
    }

    public void setCopyNumber(String copyNumber) {
        this.copyNumber = copyNumber;
    }

    public List<Long> getRecipientIds() {
        return recipientIds;
    }

    public void setRecipientIds(List<Long> recipientIds) {
        this.recipientIds = recipientIds == null ? new ArrayList<>() : new ArrayList<>(recipientIds);
    }

    public boolean isToMemberUnits() {
        return toMemberUnits;
    }

    public void setToMemberUnits(boolean toMemberUnits) {
        this.toMemberUnits = toMemberUnits;
    }

    public boolean isToAllUnits() {
        return toAllUnits;
    }

    public void setToAllUnits(boolean toAllUnits) {
        this.toAllUnits = toAllUnits;
    }
}
