package org.briefdesk.interfaces.web.statistics;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.briefdesk.application.rhythm.PeriodicReportService;
import org.briefdesk.application.rhythm.PeriodicReportView;
import org.briefdesk.application.statistics.StatisticsService.ReportFile;
import org.briefdesk.interfaces.web.CurrentUser;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 定期通报: the periodic reports the signed-in person may read (editors and administrators: all,
 * with their recipients), with their files.
 */
@Named
@ViewScoped
public class ReportsBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    PeriodicReportService reports;

    private List<PeriodicReportView> list;

    public List<PeriodicReportView> getReports() {
        if (list == null) {
            list = reports.readable(currentUser.getActor(), 200);
        }
        return list;
    }

    public StreamedContent download(long fileId) {
        ReportFile f = reports.file(currentUser.getActor(), fileId);
        byte[] content = f.content();
        return DefaultStreamedContent.builder()
                .name(f.fileName())
                .contentType(f.mediaType())
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }
}
