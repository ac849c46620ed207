package org.briefdesk.domain.model.instruction;

import java.util.Collection;
import java.util.List;

/** Leaders' instructions (批示). */
public interface InstructionRepository {

    Instruction store(Instruction instruction);

    /** The item's instructions, oldest first. */
    List<Instruction> ofItem(long itemId);

    /** Instructions written on the given briefing entries, oldest first. */
    List<Instruction> ofBriefingEntries(Collection<Long> briefingEntryIds);

    long count();
}
