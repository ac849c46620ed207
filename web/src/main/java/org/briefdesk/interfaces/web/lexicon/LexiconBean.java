package org.briefdesk.interfaces.web.lexicon;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.briefdesk.application.lexicon.LexiconService;
import org.briefdesk.application.lexicon.LexiconViews.ChangeView;
import org.briefdesk.application.lexicon.LexiconViews.Preview;
import org.briefdesk.application.lexicon.LexiconViews.Proposal;
import org.briefdesk.application.lexicon.LexiconViews.SynonymGroupView;
import org.briefdesk.application.lexicon.LexiconViews.TermView;
import org.briefdesk.application.lexicon.ReanalysisProgress;
import org.briefdesk.application.lexicon.SegmentedWord;
import org.briefdesk.domain.model.lexicon.PartOfSpeech;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;

/**
 * 词典与同义词 (administrators and editors): the local terms and synonym groups, a sample sentence
 * segmented under the dictionary in force and under the change being typed, the history with undo,
 * and the re-analysis of the archive with its progress bar.
 */
@Named
@ViewScoped
public class LexiconBean implements Serializable {

    static final int HISTORY = 50;

    @Inject
    CurrentUser currentUser;

    @Inject
    LexiconService lexicon;

    private List<TermView> terms;
    private List<SynonymGroupView> groups;
    private List<ChangeView> history;

    private String sentence = "温榆河公园二期年底开园，周边社区居民踊跃参加志愿服务。";
    private String word;
    private String pos = PartOfSpeech.NS.getCode();
    private String groupWords;
    private Long editingTermId;
    private Long editingGroupId;
    private List<SegmentedWord> before = List.of();
    private List<SegmentedWord> after = List.of();

    @PostConstruct
    void load() {
        // Mutable lists: p:dataTable sorts the rows in place.
        terms = new ArrayList<>(lexicon.terms(currentUser.getActor()));
        groups = new ArrayList<>(lexicon.groups(currentUser.getActor()));
        history = new ArrayList<>(lexicon.history(currentUser.getActor(), HISTORY));
    }

    /** Segments the sample sentence before and after the term and group being typed. */
    public void preview() {
        Preview p = lexicon.preview(currentUser.getActor(), sentence, new Proposal(word, pos, words()));
        before = p.before();
        after = p.after();
    }

    public void saveTerm() {
        if (editingTermId == null) {
            lexicon.addTerm(currentUser.getActor(), word, pos);
        } else {
            lexicon.updateTerm(currentUser.getActor(), editingTermId, word, pos);
        }
        Pages.info("词条“" + word.strip() + "”已保存，新信息和检索即时生效；归档信息需重新分词");
        editingTermId = null;
        refresh();
    }

    public void editTerm(TermView t) {
        editingTermId = t.id();
        word = t.word();
        pos = t.pos();
    }

    public void removeTerm(TermView t) {
        lexicon.removeTerm(currentUser.getActor(), t.id());
        Pages.info("词条“" + t.word() + "”已删除");
        refresh();
    }

    public void saveGroup() {
        if (editingGroupId == null) {
            lexicon.addGroup(currentUser.getActor(), words());
        } else {
            lexicon.updateGroup(currentUser.getActor(), editingGroupId, words());
        }
        Pages.info("同义词组已保存");
        editingGroupId = null;
        groupWords = null;
        refresh();
    }

    public void editGroup(SynonymGroupView g) {
        editingGroupId = g.id();
        groupWords = String.join("，", g.words());
    }

    public void removeGroup(SynonymGroupView g) {
        lexicon.removeGroup(currentUser.getActor(), g.id());
        Pages.info("同义词组“" + String.join("，", g.words()) + "”已删除");
        refresh();
    }

    public void undo(ChangeView c) {
        lexicon.undo(currentUser.getActor(), c.id());
        Pages.info("已撤销：" + c.description());
        refresh();
    }

    public void startReanalysis() {
        lexicon.startReanalysis(currentUser.getActor());
        Pages.info("已开始按现行词典重新分词归档信息，期间检索照常");
    }

    /** Cancels an edit: the inputs add a new term or group again. */
    public void startNew() {
        editingTermId = null;
        editingGroupId = null;
        word = null;
        groupWords = null;
    }

    private void refresh() {
        load();
        if (sentence != null && !sentence.isBlank()) {
            preview();
        }
    }

    /** The group typed as 创城，创建文明城区 (Chinese or Latin commas, 、 or spaces). */
    private List<String> words() {
        if (groupWords == null || groupWords.isBlank()) {
            return null;
        }
        return Arrays.stream(groupWords.split("[,，、\\s]+"))
                .filter(w -> !w.isBlank())
                .toList();
    }

    /** A synonym group as the page writes it: 创城，创建文明城区. */
    public String joined(List<String> words) {
        return String.join("，", words);
    }

    public ReanalysisProgress getProgress() {
        return lexicon.reanalysisProgress(currentUser.getActor());
    }

    /** The job's phase as the page names it. */
    public String getPhaseLabel() {
        ReanalysisProgress p = getProgress();
        return switch (p.phase()) {
            case "RUNNING" -> "正在重新分词：" + p.done() + " / " + p.total();
            case "DONE" -> "重新分词完成：" + p.done() + " 条信息";
            case "FAILED" -> "重新分词失败：" + p.error();
            default -> "尚未重新分词";
        };
    }

    public PartOfSpeech[] getPartsOfSpeech() {
        return PartOfSpeech.values();
    }

    public List<TermView> getTerms() {
        return terms;
    }

    public List<SynonymGroupView> getGroups() {
        return groups;
    }

    public List<ChangeView> getHistory() {
        return history;
    }

    public List<SegmentedWord> getBefore() {
        return before;
    }

    public List<SegmentedWord> getAfter() {
        return after;
    }

    public boolean isEditingTerm() {
        return editingTermId != null;
    }

    public boolean isEditingGroup() {
        return editingGroupId != null;
    }

    public String getSentence() {
        return sentence;
    }

    public void setSentence(String sentence) {
        this.sentence = sentence;
    }

    public String getWord() {
        return word;
    }

    public void setWord(String word) {
        this.word = word;
    }

    public String getPos() {
        return pos;
    }

    public void setPos(String pos) {
        this.pos = pos;
    }

    public String getGroupWords() {
        return groupWords;
    }

    public void setGroupWords(String groupWords) {
        this.groupWords = groupWords;
    }
}
