package org.briefdesk.domain.model.lexicon;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * A synonym group (同义词组): words that find each other (创城 = 创建文明城区). The first word is the
 * one every other is searched and indexed as. Its state is the words joined by commas.
 */
@Entity
@Table(name = "synonym_group")
public class SynonymGroup {

    public static final int MAX_WORDS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "synonym_group_seq")
    @SequenceGenerator(name = "synonym_group_seq", sequenceName = "synonym_group_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 400)
    private String words;

    protected SynonymGroup() {}

    public SynonymGroup(Collection<String> words) {
        change(words);
    }

    /** Restores a group from the state the history recorded. */
    public static SynonymGroup fromState(String state) {
        return new SynonymGroup(Arrays.asList(state.split(",")));
    }

    /** Two to {@link #MAX_WORDS} different words, each a valid dictionary word. */
    public void change(Collection<String> words) {
        List<String> ws = new ArrayList<>();
        for (String w : words == null ? List.<String>of() : words) {
            String checked = LexiconWord.require(w, "words", "同义词");
            if (!ws.contains(checked)) {
                ws.add(checked);
            }
        }
        if (ws.size() < 2) {
            throw new BusinessRuleViolation("words", "同义词组至少要有两个不同的词");
        }
        if (ws.size() > MAX_WORDS) {
            throw new BusinessRuleViolation("words", "一个同义词组最多" + MAX_WORDS + "个词");
        }
        this.words = String.join(",", ws);
    }

    public String state() {
        return words;
    }

    public Long getId() {
        return id;
    }

    public List<String> getWords() {
        return List.of(words.split(","));
    }
}
