package org.briefdesk.domain.model.instruction;

/** How an instruction reached Briefdesk (批示来源). */
public enum InstructionSource {
    /** Written by the leader in the leaders' portal. */
    PORTAL("领导在线批示"),
    /** Typed in by an editor from a paper instruction. */
    PAPER("纸质批示录入");

    private final String label;

    InstructionSource(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
