package org.briefdesk.interfaces.web.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.briefdesk.application.search.SearchService;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The search page's 导出Excel: the hits of the search on the page, as a workbook. */
@Named
@ViewScoped
public class SearchExportBean implements Serializable {

    @Inject
    transient SearchService searchService;

    @Inject
    CurrentUser currentUser;

    /** The same view's search: its criteria choose what is exported. */
    @Inject
    SearchBean search;

    public StreamedContent getXlsx() {
        byte[] file;
        try {
            file = searchService.export(
                    currentUser.getActor(), search.getCriteria().query(0, SearchCriteria.PAGE_SIZE));
        } catch (BusinessRuleViolation e) {
            Pages.error(e.getMessage());
            return null;
        }
        return DefaultStreamedContent.builder()
                .name("检索结果.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(file))
                .build();
    }
}
