package org.briefdesk.domain.model.item;

/** The five must-report kinds (五个必报) an item may be marked with. */
public enum MustReportKind {
    /** 阶段性进展、困难阻力、问题与建议. */
    PROGRESS_PROBLEMS("进展困难与建议"),
    /** 苗头性、倾向性问题. */
    EARLY_SIGNS("苗头性倾向性问题"),
    /** 有特色的做法、典型和经验. */
    DISTINCTIVE_PRACTICE("特色做法与典型经验"),
    /** 重大活动、有影响的重要事件、年度重点工作. */
    MAJOR_EVENT("重大活动与重要事件"),
    /** 突发性事件及重大社情民意. */
    EMERGENCY("突发事件与重大舆情");

    private final String label;

    MustReportKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
