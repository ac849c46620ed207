package org.briefdesk.interfaces.web.briefing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.application.briefing.IssueReadingService;
import org.briefdesk.application.briefing.IssueView;
import org.briefdesk.application.scoring.InstructionView;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Ids;
import org.briefdesk.interfaces.web.Pages;

/**
 * An issue on screen as it prints (简报阅读 / 预览), briefing/issue.xhtml?id=N: editors preview any
 * issue; leaders read the published issues distributed to them (the first opening is their read
 * receipt) and write an instruction (批示) under any entry.
 */
@Named
@ViewScoped
public class IssueReadBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    IssueReadingService reading;

    private String id;
    private long issueId;
    private IssueView issue;
    private Map<Long, List<InstructionView>> instructions;
    private final Map<Long, String> drafts = new HashMap<>();

    public void load() {
        issueId = Ids.parse(id, "该期简报不存在");
        issue = reading.open(currentUser.getActor(), issueId);
        loadInstructions();
    }

    private void loadInstructions() {
        instructions = new HashMap<>();
        for (InstructionView i : reading.instructionsOn(currentUser.getActor(), issueId)) {
            instructions
                    .computeIfAbsent(i.briefingEntryId(), k -> new ArrayList<>())
                    .add(i);
        }
    }

    /** 批示: the text typed under the entry. */
    public void instruct(long entryId) {
        reading.instruct(currentUser.getActor(), issueId, entryId, drafts.get(entryId));
        drafts.remove(entryId);
        loadInstructions();
        Pages.info("批示已保存，编辑部将看到您的批示");
    }

    public List<InstructionView> instructionsOf(long entryId) {
        return instructions.getOrDefault(entryId, List.of());
    }

    /** Per-entry text areas bind into this map. */
    public Map<Long, String> getDrafts() {
        return drafts;
    }

    public boolean isCanInstruct() {
        return currentUser.isLeader() && issue != null && issue.published();
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
}
