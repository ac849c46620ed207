package org.briefdesk.application.rhythm;

import jakarta.enterprise.context.ApplicationScoped;
import org.briefdesk.domain.model.report.ReportKind;

/** The MONTHLY periodic report, once per period and cluster. */
@ApplicationScoped
public class MonthlyReportJob extends PeriodicReportJob {

    @Override
    public String name() {
        return "monthly-report";
    }

    @Override
    ReportKind kind() {
        return ReportKind.MONTHLY;
    }
}
