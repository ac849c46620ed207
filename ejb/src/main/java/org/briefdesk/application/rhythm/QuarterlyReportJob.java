package org.briefdesk.application.rhythm;

import jakarta.enterprise.context.ApplicationScoped;
import org.briefdesk.domain.model.report.ReportKind;

/** The QUARTERLY periodic report, once per period and cluster. */
@ApplicationScoped
public class QuarterlyReportJob extends PeriodicReportJob {

    @Override
    public String name() {
        return "quarterly-report";
    }

    @Override
    ReportKind kind() {
        return ReportKind.QUARTERLY;
    }
}
