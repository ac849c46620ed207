package org.briefdesk.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.briefdesk.application.importing.ArchiveImportService;
import org.briefdesk.application.importing.ImportRunView;
import org.briefdesk.application.importing.ImportSources;
import org.briefdesk.application.importing.IssueImportReport;
import org.briefdesk.application.importing.PastIssueImportService;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 档案导入: upload a JSONL file or a zip of documents, or name a file or folder in the server's
 * import directory; the runs with their progress (polled while one runs), stop and continue, and the
 * per-record report as a download.
 */
@Named
@ViewScoped
public class ImportsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** What a page upload may be (the server takes 11 MB); larger archives go through the import directory. */
    public static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    @Inject
    ArchiveImportService imports;

    @Inject
    PastIssueImportService pastIssues;

    @Inject
    CurrentUser currentUser;

    private IssueImportReport issueReport;

    private String serverPath;
    private transient List<ImportRunView> runs;

    public void upload(FileUploadEvent event) {
        try {
            ImportRunView run = imports.upload(
                    currentUser.getActor(),
                    event.getFile().getFileName(),
                    event.getFile().getInputStream(),
                    MAX_UPLOAD_BYTES,
                    null);
            Pages.info("已开始导入“" + run.sourceName() + "”");
        } catch (ImportSources.SourceTooLarge e) {
            Pages.error(e.getMessage());
        } catch (BusinessRuleViolation e) {
            Pages.error(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runs = null;
    }

    /** 导入往期简报: runs while the page waits and shows what became of every line. */
    public void uploadIssues(FileUploadEvent event) {
        try {
            issueReport = pastIssues.importIssues(
                    currentUser.getActor(), event.getFile().getInputStream());
            Pages.info("往期简报：导入" + issueReport.imported() + "期，跳过" + issueReport.skipped() + "期");
        } catch (BusinessRuleViolation e) {
            Pages.error(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public IssueImportReport getIssueReport() {
        return issueReport;
    }

    public void startFromServer() {
        try {
            ImportRunView run = imports.fromServer(currentUser.getActor(), serverPath, null);
            Pages.info("已开始导入“" + run.sourceName() + "”");
            serverPath = null;
        } catch (BusinessRuleViolation e) {
            Pages.error(e);
        }
        runs = null;
    }

    public void stop(long runId) {
        try {
            imports.stop(currentUser.getActor(), runId);
            Pages.info("正在停止：当前一批记录写完后停止，已导入的记录保留");
        } catch (BusinessRuleViolation e) {
            Pages.error(e);
        }
        runs = null;
    }

    public void restart(long runId) {
        try {
            imports.restart(currentUser.getActor(), runId);
            Pages.info("已继续导入：从上次停止处接着导入，已导入的记录不会重复");
        } catch (BusinessRuleViolation e) {
            Pages.error(e);
        }
        runs = null;
    }

    public StreamedContent report(long runId) {
        byte[] csv = imports.reportCsv(currentUser.getActor(), runId);
        return DefaultStreamedContent.builder()
                .name("导入报告-" + runId + ".csv")
                .contentType("text/csv;charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    public List<ImportRunView> getRuns() {
        if (runs == null) {
            runs = imports.recent(currentUser.getActor(), 20);
        }
        return runs;
    }

    /** The page polls only while an import runs. */
    public boolean isAnyRunning() {
        return getRuns().stream().anyMatch(r -> r.running() || r.status().equals("STARTING"));
    }

    public String getImportDirectory() {
        return imports.importDirectory(currentUser.getActor());
    }

    /** Re-reads the runs (the poll). */
    public void refresh() {
        runs = null;
    }

    public String getServerPath() {
        return serverPath;
    }

    public void setServerPath(String serverPath) {
        this.serverPath = serverPath;
    }
}
