package org.briefdesk.domain.model.unit;

/** The kinds of reporting unit (单位类别) of the district's information network. */
public enum UnitKind {
    /** 工委: the district's work committees (the network's horizontal links). */
    GONGWEI("工委"),
    /** 部门: district departments and bureaus. */
    DEPARTMENT("部门"),
    /** 街乡镇: sub-districts, townships and towns (the vertical links). */
    STREET_TOWN("街乡镇"),
    /** 创建办: the office at the centre of the network; it edits rather than reports. */
    OFFICE("创建办");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Whether units of this kind report items and are scored. */
    public boolean isReporting() {
        return this != OFFICE;
    }
}
