package org.briefdesk.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.briefdesk.application.search.IndexAdminService;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;

/** 索引管理: the index's state and the rebuild job with its progress bar. */
@Named
@RequestScoped
public class IndexAdminBean {

    @Inject
    IndexAdminService service;

    @Inject
    CurrentUser currentUser;

    private IndexAdminService.Status status;

    public IndexAdminService.Status getStatus() {
        if (status == null) {
            status = service.status(currentUser.getActor());
        }
        return status;
    }

    public void rebuild() {
        service.startRebuild(currentUser.getActor());
        Pages.info("已开始重建索引");
    }

    /** The rebuild's phase as the page names it. */
    public String getPhaseLabel() {
        return switch (getStatus().rebuild().phase()) {
            case "INDEXING" -> "正在建立索引";
            case "LINKING" -> "正在比对相似信息";
            case "DONE" -> "重建完成";
            case "FAILED" -> "重建失败：" + getStatus().rebuild().error();
            default -> "未在重建";
        };
    }
}
