package org.briefdesk.domain.model.lexicon;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A local term (本地词条): a word the segmenter must keep whole (a new park, a programme, a leader's
 * name), with its part of speech. Its state is written as {@code 温榆河公园|ns} in the history.
 */
@Entity
@Table(name = "lexicon_term")
public class LocalTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lexicon_term_seq")
    @SequenceGenerator(name = "lexicon_term_seq", sequenceName = "lexicon_term_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = LexiconWord.MAX)
    private String word;

    @Column(nullable = false, length = 4)
    private String pos;

    protected LocalTerm() {}

    public LocalTerm(String word, String posCode) {
        change(word, posCode);
    }

    /** Restores a term from the state the history recorded. */
    public static LocalTerm fromState(String state) {
        int bar = state.lastIndexOf('|');
        return new LocalTerm(state.substring(0, bar), state.substring(bar + 1));
    }

    public void change(String word, String posCode) {
        this.word = LexiconWord.require(word, "word", "词条");
        this.pos = PartOfSpeech.ofCode(posCode).getCode();
    }

    /** The state the history keeps: word and part-of-speech code. */
    public String state() {
        return word + "|" + pos;
    }

    public Long getId() {
        return id;
    }

    public String getWord() {
        return word;
    }

    public PartOfSpeech getPartOfSpeech() {
        return PartOfSpeech.ofCode(pos);
    }
}
