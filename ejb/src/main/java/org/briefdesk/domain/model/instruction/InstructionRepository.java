package org.briefdesk.domain.model.instruction;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Leaders' instructions (批示). */
public interface InstructionRepository {

    Instruction store(Instruction instruction);

    /** The item's instructions in force (not withdrawn), oldest first. */
    List<Instruction> ofItem(long itemId);

    /** The record, locked until the transaction ends (two editors correcting it at once). */
    Optional<Instruction> lock(long id);

    /** Instructions written on the given briefing entries, oldest first. */
    List<Instruction> ofBriefingEntries(Collection<Long> briefingEntryIds);

    long count();
}
