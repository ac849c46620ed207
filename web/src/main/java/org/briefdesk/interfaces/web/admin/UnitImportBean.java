package org.briefdesk.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.application.unit.ImportPreview;
import org.briefdesk.application.unit.InitialPassword;
import org.briefdesk.application.unit.UnitNetwork;
import org.briefdesk.application.unit.UnitNetworkImport;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Importing the unit network from a spreadsheet (单位及信息员导入): upload XLSX or CSV files, see what
 * would change row by row, import, and see the new officers' initial passwords once (on the page, or
 * as a one-time download). The same layout is exported.
 */
@Named
@ViewScoped
public class UnitImportBean implements Serializable {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CurrentUser currentUser;

    @Inject
    transient UnitNetworkImport importer;

    private final List<UnitNetwork> files = new ArrayList<>();
    private final List<String> fileNames = new ArrayList<>();
    private ImportPreview preview;
    private ImportPreview outcome;
    private List<InitialPassword> passwords = List.of();
    private boolean passwordsDownloaded;

    /** Each uploaded file is read at once; the preview covers every file uploaded so far. */
    public void upload(FileUploadEvent event) {
        UnitNetwork read = importer.read(
                currentUser.getActor(),
                event.getFile().getFileName(),
                event.getFile().getContent());
        files.add(read);
        fileNames.add(event.getFile().getFileName());
        outcome = null;
        passwords = List.of();
        preview = importer.preview(currentUser.getActor(), combined());
    }

    public void apply() {
        if (preview == null) {
            Pages.error("请先上传文件并查看预览");
            return;
        }
        UnitNetworkImport.Result result = importer.apply(currentUser.getActor(), combined());
        outcome = result.outcome();
        passwords = result.passwords();
        passwordsDownloaded = false;
        preview = null;
        files.clear();
        fileNames.clear();
        Pages.info("导入完成：新增" + outcome.count(ImportPreview.Change.NEW) + "行，修改"
                + outcome.count(ImportPreview.Change.CHANGED) + "行，跳过错误" + outcome.count(ImportPreview.Change.ERROR)
                + "行");
    }

    public void clear() {
        files.clear();
        fileNames.clear();
        preview = null;
    }

    private UnitNetwork combined() {
        List<UnitNetwork.UnitRow> units = new ArrayList<>();
        List<UnitNetwork.OfficerRow> officers = new ArrayList<>();
        List<UnitNetwork.RowProblem> problems = new ArrayList<>();
        for (UnitNetwork f : files) {
            units.addAll(f.units());
            officers.addAll(f.officers());
            problems.addAll(f.unreadable());
        }
        return new UnitNetwork(units, officers, problems);
    }

    /** The initial passwords as a CSV (UTF-8 with BOM, so Excel reads the Chinese); offered once. */
    public StreamedContent getPasswordFile() {
        StringBuilder csv = new StringBuilder("\uFEFF登录名,姓名,所属单位,初始密码\r\n");
        for (InitialPassword p : passwords) {
            csv.append(p.login())
                    .append(',')
                    .append(p.displayName())
                    .append(',')
                    .append(p.unit())
                    .append(',')
                    .append(p.password())
                    .append("\r\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        // The passwords leave the server this once: the page forgets them.
        passwords = List.of();
        passwordsDownloaded = true;
        return DefaultStreamedContent.builder().name("信息员初始密码.csv").contentType("text/csv").stream(
                        () -> new ByteArrayInputStream(bytes))
                .build();
    }

    public StreamedContent getExport() {
        byte[] file = importer.export(currentUser.getActor());
        return DefaultStreamedContent.builder().name("单位及信息员名册.xlsx").contentType(XLSX).stream(
                        () -> new ByteArrayInputStream(file))
                .build();
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public ImportPreview getOutcome() {
        return outcome;
    }

    public List<InitialPassword> getPasswords() {
        return passwords;
    }

    public boolean isPasswordsDownloaded() {
        return passwordsDownloaded;
    }

    public String getFileNamesText() {
        return String.join("、", fileNames);
    }
}
