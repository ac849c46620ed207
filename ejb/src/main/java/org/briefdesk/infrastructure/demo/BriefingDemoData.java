package org.briefdesk.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.briefdesk.domain.model.briefing.BriefingRepository;
import org.briefdesk.domain.model.briefing.BriefingTitle;
import org.briefdesk.domain.model.briefing.Distribution;
import org.briefdesk.domain.model.briefing.PageLayout;
import org.briefdesk.infrastructure.Settings;

/** The demo district's briefing title, so editors can start an issue at once. */
@Singleton
@Startup
@DependsOn("DemoData")
public class BriefingDemoData {

    public static final String TITLE = "海淀区创建首都文明区简报";

    @Inject
    BriefingRepository briefings;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void start() {
        if (Settings.demoData() && briefings.titles().isEmpty()) {
            briefings.store(
                    new BriefingTitle(TITLE, "海淀区创建首都文明区工作领导小组办公室", Distribution.standard(), PageLayout.standard()));
        }
    }
}
