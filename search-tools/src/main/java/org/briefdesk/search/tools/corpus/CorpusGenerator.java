package org.briefdesk.search.tools.corpus;

import com.hankcs.hanlp.HanLP;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.briefdesk.search.document.ItemDocument;

/**
 * Generates realistic district information reports (信息) from {@link Vocabulary}: one event per
 * archive item (unit, community, road, people, numbers, date, activity), and labelled variants:
 * duplicates of every {@link VariantKind}, reports of the same event by another unit in other
 * words, and same-topic reports of different events. Deterministic for a seed and an index.
 */
public final class CorpusGenerator {
    private static final LocalDate EPOCH = LocalDate.of(2023, 1, 2);
    private final long seed;

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** The facts of one event. */
    public record Event(
            int topic,
            int secondTopic,
            String unit,
            String unitKind,
            String community,
            String road,
            String road2,
            String place,
            String person,
            String person2,
            String role,
            int n1,
            int n2,
            int n3,
            int pct,
            LocalDate date,
            String act,
            boolean shortReport) {}

    private Random rnd(long i, long salt) {
        return new Random(seed * 1_000_003L + i * 7919L + salt);
    }

    private static <T> T pick(Random r, List<T> l) {
        return l.get(r.nextInt(l.size()));
    }

    public Event event(long i) {
        return event(rnd(i, 1), -1, null);
    }

    private Event event(Random r, int topic, String unit) {
        int t = topic >= 0 ? topic : r.nextInt(Vocabulary.TOPICS.size());
        int t2 = (t + 1 + r.nextInt(Vocabulary.TOPICS.size() - 1)) % Vocabulary.TOPICS.size();
        String kind;
        String u;
        double k = r.nextDouble();
        if (unit != null) {
            u = unit;
            kind = kindOf(unit);
        } else if (k < 0.6) {
            u = pick(r, Vocabulary.STREETS);
            kind = "街乡镇";
        } else if (k < 0.9) {
            u = pick(r, Vocabulary.DEPARTMENTS);
            kind = "部门";
        } else {
            u = pick(r, Vocabulary.COMMITTEES);
            kind = "工委";
        }
        String road = pick(r, Vocabulary.ROADS);
        String road2 = pick(r, Vocabulary.ROADS);
        return new Event(
                t,
                t2,
                u,
                kind,
                pick(r, Vocabulary.COMMUNITY_STEMS),
                road,
                road2.equals(road) ? "双清路" : road2,
                pick(r, Vocabulary.PLACE_KINDS),
                name(r),
                name(r),
                pick(r, Vocabulary.ROLES),
                10 + r.nextInt(190),
                2 + r.nextInt(58),
                100 + r.nextInt(4900),
                60 + r.nextInt(40),
                EPOCH.plusDays(r.nextInt(900)),
                pick(r, Vocabulary.TOPICS.get(t).activities()),
                r.nextDouble() < 0.2);
    }

    static String kindOf(String unit) {
        if (Vocabulary.STREETS.contains(unit)) return "街乡镇";
        if (Vocabulary.COMMITTEES.contains(unit)) return "工委";
        return "部门";
    }

    private static String name(Random r) {
        return pick(r, Vocabulary.SURNAMES) + pick(r, Vocabulary.GIVEN);
    }

    /** Archive item {@code i}: one event, reported by its unit. */
    public ItemDocument archiveItem(long i) {
        Event e = event(i);
        return report("a" + i, e, rnd(i, 2), false);
    }

    /** Another unit's report of event {@code i}, in other words. */
    public ItemDocument sameEvent(long i, String id) {
        Event e = event(i);
        Random r = rnd(i, 3);
        String other;
        do {
            other = r.nextBoolean() ? pick(r, Vocabulary.DEPARTMENTS) : pick(r, Vocabulary.STREETS);
        } while (other.equals(e.unit()));
        Event e2 = new Event(
                e.topic(),
                e.secondTopic(),
                other,
                kindOf(other),
                e.community(),
                e.road(),
                e.road2(),
                e.place(),
                e.person(),
                e.person2(),
                e.role(),
                e.n1(),
                e.n2(),
                e.n3(),
                e.pct(),
                e.date().plusDays(r.nextInt(3)),
                e.act(),
                e.shortReport());
        return report(id, e2, r, true);
    }

    /** A report of a different event on the same topic (half the time by the same unit). */
    public ItemDocument sameTopic(long i, String id) {
        Event e = event(i);
        Random r = rnd(i, 4);
        Event other = event(r, e.topic(), r.nextBoolean() ? e.unit() : null);
        return report(id, other, r, false);
    }

    private ItemDocument report(String id, Event e, Random r, boolean rewrite) {
        Vocabulary.Topic topic = Vocabulary.TOPICS.get(e.topic());
        List<String> ts = new ArrayList<>(topic.sentences());
        Collections.shuffle(ts, r);
        List<List<String>> paras = new ArrayList<>();
        String intro = pick(r, Vocabulary.OPENERS) + fmtDate(e.date()) + "，" + e.unit() + "在" + e.community() + "社区开展"
                + e.act() + "活动";
        int main = e.shortReport() ? 4 + r.nextInt(2) : 10;
        if (e.shortReport()) {
            List<String> p = new ArrayList<>();
            p.add(intro);
            p.addAll(ts.subList(0, main));
            paras.add(p);
        } else {
            List<String> g = new ArrayList<>(Vocabulary.GENERIC);
            Collections.shuffle(g, r);
            List<String> ctx = new ArrayList<>(Vocabulary.CONTEXT);
            Collections.shuffle(ctx, r);
            List<String> second =
                    new ArrayList<>(Vocabulary.TOPICS.get(e.secondTopic()).sentences());
            Collections.shuffle(second, r);
            List<String> third = new ArrayList<>(Vocabulary.TOPICS
                    .get((e.secondTopic() + 1 + e.topic()) % Vocabulary.TOPICS.size())
                    .sentences());
            Collections.shuffle(third, r);
            paras.add(new ArrayList<>(List.of(intro, ctx.get(0), ts.get(0), ts.get(1))));
            paras.add(new ArrayList<>(List.of("一是" + g.get(0), g.get(4), ts.get(2), ts.get(3), ts.get(4))));
            paras.add(new ArrayList<>(List.of("二是" + g.get(1), ts.get(5), ts.get(6), ctx.get(1))));
            paras.add(new ArrayList<>(List.of(
                    "三是统筹推进相关工作，" + g.get(2),
                    second.get(0),
                    second.get(1),
                    second.get(2),
                    second.get(3),
                    second.get(4))));
            paras.add(new ArrayList<>(List.of("四是" + g.get(5), third.get(0), third.get(1), third.get(2), g.get(6))));
            paras.add(new ArrayList<>(List.of(
                    "五是" + g.get(8),
                    second.get(5),
                    second.get(6),
                    second.get(7),
                    third.get(3),
                    third.get(4),
                    g.get(9))));
            paras.add(new ArrayList<>(List.of("六是" + g.get(10), third.get(5), third.get(6), third.get(7), g.get(11))));
            List<String> last = new ArrayList<>(ts.subList(7, main));
            last.add(0, "据统计，活动累计覆盖居民" + e.n3() + "余人次，参与率达到" + e.pct() + "%");
            last.add(ctx.get(2));
            paras.add(last);
            paras.add(new ArrayList<>(List.of(g.get(3), g.get(7), pick(r, Vocabulary.NEXT_STEPS))));
        }
        if (!e.shortReport()) {
            // the summary paragraph is worded by each writer, not copied
            paras.get(paras.size() - 1).add(0, pick(r, Vocabulary.GENERIC));
        }
        String title = fill(pick(r, Vocabulary.TITLE_PATTERNS), e, topic);
        StringBuilder body = new StringBuilder();
        for (List<String> p : paras) {
            if (body.length() > 0) body.append('\n');
            for (String s : p) {
                String f = fill(s, e, topic);
                body.append(rewrite ? Paraphrase.apply(f, r) : f).append('。');
            }
        }
        return ItemDocument.builder(id)
                .title(rewrite ? Paraphrase.apply(title, r) : title)
                .body(body.toString())
                .unit(e.unit())
                .unitKind(e.unitKind())
                .date(e.date())
                .columns(List.of("工作动态"))
                .status("SUBMITTED")
                .build();
    }

    static String fmtDate(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String fill(String s, Event e, Vocabulary.Topic t) {
        return s.replace("{unit}", e.unit())
                .replace("{community}", e.community())
                .replace("{road2}", e.road2())
                .replace("{road}", e.road())
                .replace("{place}", e.place())
                .replace("{n1}", Integer.toString(e.n1()))
                .replace("{n2}", Integer.toString(e.n2()))
                .replace("{n3}", Integer.toString(e.n3()))
                .replace("{pct}", Integer.toString(e.pct()))
                .replace("{person2}", e.person2())
                .replace("{person}", e.person())
                .replace("{role}", e.role())
                .replace("{act}", e.act())
                .replace("{topic}", t.name())
                .replace("{date}", fmtDate(e.date()));
    }

    // ---- duplicate variants --------------------------------------------------------------------

    /** A duplicate of {@code original} of the given kind. */
    public ItemDocument variant(ItemDocument original, VariantKind kind, String id, long salt) {
        Random r = new Random(seed ^ (salt * 31 + kind.ordinal()));
        String title = original.title();
        String body = original.body();
        switch (kind) {
            case COPY -> {}
            case RETITLED -> title = retitle(original, r);
            case SENTENCES_EDITED -> body = editSentences(body, r);
            case REORDERED -> body = reorder(body, r);
            case BOILERPLATE -> body = boilerplate(body, original.unit(), r);
            case PUNCT_WIDTH -> body = punctWidth(body, r);
            case TRADITIONAL -> body = traditional(body, r);
            case ALL_EDITS -> {
                title = retitle(original, r);
                body = traditional(
                        punctWidth(boilerplate(reorder(editSentences(body, r), r), original.unit(), r), r), r);
            }
        }
        return copyWithId(original, id, title, body);
    }

    private static ItemDocument copyWithId(ItemDocument o, String id, String title, String body) {
        return ItemDocument.builder(id)
                .title(title)
                .body(body)
                .unit(o.unit())
                .unitKind(o.unitKind())
                .columns(o.columns())
                .status(o.status())
                .date(o.date())
                .build();
    }

    private static String retitle(ItemDocument o, Random r) {
        String u = o.unit() == null ? "" : o.unit();
        return pick(r, List.of("关于", "")) + u + pick(r, List.of("创城工作情况报告", "扎实推进文明创建工作", "工作动态", "相关工作进展情况"));
    }

    private static String editSentences(String body, Random r) {
        List<String> s = sentences(body);
        if (s.size() < 4) return body;
        s.remove(1 + r.nextInt(s.size() - 2));
        int replace = 1 + r.nextInt(2);
        for (int k = 0; k < replace; k++) {
            int i = 1 + r.nextInt(s.size() - 1);
            String old = s.get(i);
            s.set(i, (old.startsWith("\n") ? "\n" : "") + pick(r, Vocabulary.ALT_SENTENCES) + "。");
        }
        return String.join("", s);
    }

    private static String reorder(String body, Random r) {
        List<String> ps = new ArrayList<>(List.of(body.split("\n")));
        if (ps.size() < 2) {
            List<String> s = sentences(body);
            if (s.size() > 2) {
                List<String> mid = new ArrayList<>(s.subList(1, s.size()));
                Collections.shuffle(mid, r);
                return s.get(0) + String.join("", mid);
            }
            return body;
        }
        List<String> mid = new ArrayList<>(ps.subList(1, ps.size()));
        Collections.shuffle(mid, r);
        return ps.get(0) + "\n" + String.join("\n", mid);
    }

    private static String boilerplate(String body, String unit, Random r) {
        String u = unit == null ? "本单位" : unit;
        String head =
                pick(r, Vocabulary.HEADERS).replace("{unit}", u).replace("{n1}", Integer.toString(1 + r.nextInt(60)));
        String foot = pick(r, Vocabulary.FOOTERS)
                .replace("{unit}", u)
                .replace("{person2}", "王芳")
                .replace("{person}", "李强")
                .replace("{n3}", Integer.toString(1000 + r.nextInt(8999)))
                .replace("{n2}", Integer.toString(10 + r.nextInt(89)));
        List<String> g = new ArrayList<>(Vocabulary.GENERIC);
        Collections.shuffle(g, r);
        String extra = String.join("。", g.subList(0, 3)) + "。";
        return head + "\n" + body + "\n" + extra + "\n" + foot;
    }

    private static String punctWidth(String body, Random r) {
        StringBuilder sb = new StringBuilder(body.length());
        for (char c : body.toCharArray()) {
            if (c >= '0' && c <= '9') sb.append((char) (c - '0' + '０'));
            else if (c == '，') sb.append(r.nextInt(3) == 0 ? ", " : "，");
            else if (c == '“' || c == '”') sb.append('"');
            else if (c == '%') sb.append('％');
            else if (c == '、') sb.append(',');
            else sb.append(c);
        }
        return sb.toString();
    }

    private static String traditional(String body, Random r) {
        List<String> s = sentences(body);
        StringBuilder sb = new StringBuilder();
        for (String x : s) {
            sb.append(r.nextInt(2) == 0 ? HanLP.convertToTraditionalChinese(x) : x);
        }
        return sb.toString();
    }

    /** Sentences including their final '。' (a leading newline stays with its sentence). */
    static List<String> sentences(String body) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '。') {
                out.add(body.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < body.length()) out.add(body.substring(start));
        return out;
    }
}
