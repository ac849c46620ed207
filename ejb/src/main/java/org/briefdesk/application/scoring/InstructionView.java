package org.briefdesk.application.scoring;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.briefdesk.domain.model.instruction.Instruction;
import org.briefdesk.domain.model.instruction.InstructionSource;
import org.briefdesk.domain.model.instruction.LeaderLevel;

/** A leader's instruction as pages and other services see it (领导批示). */
public record InstructionView(
        long id,
        long itemId,
        Long briefingEntryId,
        LeaderLevel level,
        String leaderName,
        LocalDate instructedOn,
        String text,
        InstructionSource source,
        String recordedBy,
        Instant recordedAt)
        implements Serializable {

    static InstructionView of(Instruction i) {
        return new InstructionView(
                i.getId(),
                i.getItem().getId(),
                i.getBriefingEntryId(),
                i.getLevel(),
                i.getLeaderName(),
                i.getInstructedOn(),
                i.getText(),
                i.getSource(),
                i.getRecording().getName(),
                i.getRecording().getAt());
    }
}
