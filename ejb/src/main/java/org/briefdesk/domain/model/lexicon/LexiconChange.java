package org.briefdesk.domain.model.lexicon;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * One change of the dictionary (词典修改记录): who changed which term or synonym group when, with its
 * state before and after (null before: added; null after: removed). It is the dictionary's audit
 * trail, written in the same transaction as the change and never altered except to note the change
 * that undid it. Undoing writes a change of its own that restores the state before.
 */
@Entity
@Table(name = "lexicon_change")
public class LexiconChange {

    /** What a change is about. */
    public enum Subject {
        TERM("词条"),
        SYNONYMS("同义词组");

        private final String label;

        Subject(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lexicon_change_seq")
    @SequenceGenerator(name = "lexicon_change_seq", sequenceName = "lexicon_change_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor_id")
    private Long actorId;

    /** Kept as written at the time, so renaming an account does not rewrite history. */
    @Column(name = "actor_name", nullable = false, length = 30)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Subject subject;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "before_state", length = 400)
    private String beforeState;

    @Column(name = "after_state", length = 400)
    private String afterState;

    @Column(name = "undoes_id")
    private Long undoesId;

    @Column(name = "undone_by_id")
    private Long undoneById;

    protected LexiconChange() {}

    public LexiconChange(
            Subject subject,
            long subjectId,
            String beforeState,
            String afterState,
            Long undoesId,
            Long actorId,
            String actorName,
            Instant at) {
        this.subject = subject;
        this.subjectId = subjectId;
        this.beforeState = beforeState;
        this.afterState = afterState;
        this.undoesId = undoesId;
        this.actorId = actorId;
        this.actorName = actorName;
        this.at = at;
    }

    /** Notes the change that undid this one; a change is undone once. */
    public void undoneBy(long changeId) {
        if (undoneById != null) {
            throw new BusinessRuleViolation("这项修改已经撤销过了");
        }
        undoneById = changeId;
    }

    /** In Chinese, for the history list: 新增词条“温榆河公园（地名）”, 修改同义词组“创城，创建文明城区”→“…”. */
    public String describe() {
        String what = subject.getLabel();
        String verb;
        if (beforeState == null) {
            verb = "新增" + what + "“" + readable(afterState) + "”";
        } else if (afterState == null) {
            verb = "删除" + what + "“" + readable(beforeState) + "”";
        } else {
            verb = "修改" + what + "“" + readable(beforeState) + "”→“" + readable(afterState) + "”";
        }
        return undoesId == null ? verb : "撤销#" + undoesId + "：" + verb;
    }

    private String readable(String state) {
        if (subject == Subject.SYNONYMS) {
            return state.replace(",", "，");
        }
        int bar = state.lastIndexOf('|');
        return state.substring(0, bar) + "（"
                + PartOfSpeech.ofCode(state.substring(bar + 1)).getLabel() + "）";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public Subject getSubject() {
        return subject;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }

    public Long getUndoesId() {
        return undoesId;
    }

    public Long getUndoneById() {
        return undoneById;
    }
}
