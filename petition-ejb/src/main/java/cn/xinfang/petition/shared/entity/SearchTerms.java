package cn.xinfang.petition.shared.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words a matter is found by (CJK bigrams): Chinese has no spaces between words and most
 * words are two characters, so every run of Chinese (or Japanese, Korean) characters is indexed
 * as its overlapping two-character tokens plus its last character alone ("小区物业" → 小区 区物
 * 物业 业), and every run of other letters and digits as one lower-case word ("Room 12B" → room
 * 12b). Text is NFKC-normalised first (full-width letters and digits become ASCII). The tokens are
 * stored space-separated in {@code matter.search_terms}, with a space before the first and after
 * the last, each token once; PostgreSQL indexes them with {@code to_tsvector('simple', …)}, H2
 * finds them with LIKE '% token %'.
 *
 * <p>A query is tokenised the same way ({@link #query}): a matter matches when it has every
 * token of the query. A single Chinese character or a word of letters or digits is a prefix
 * ({@code "x:*"}): every character of the text starts a token, so a one-character query finds it
 * wherever it stands, and "12" finds "12b".
 */
public final class SearchTerms {

    /** At most this many tokens of a query are used (a longer query is already very selective). */
    public static final int MAX_QUERY_TOKENS = 12;
    /** A word of letters or digits longer than this is cut (nobody searches for the rest of a URL). */
    static final int MAX_WORD = 32;
    /** The prefix marker of a query token, in PostgreSQL's tsquery syntax. */
    public static final String PREFIX = ":*";

    private SearchTerms() {
    }

    /** The stored form of the texts' tokens: " t1 t2 … tn ", or "" when there are none. */
    public static String of(String... texts) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                for (Run r : runs(text)) {
                    if (r.cjk()) {
                        int[] cps = r.text().codePoints().toArray();
                        for (int i = 0; i + 1 < cps.length; i++) {
                            tokens.add(new String(cps, i, 2));
                        }
                        tokens.add(new String(cps, cps.length - 1, 1));
                    } else {
                        tokens.add(r.text());
                    }
                }
            }
        }
        return tokens.isEmpty() ? "" : " " + String.join(" ", tokens) + " ";
    }

    /**
     * The tokens a matter must have to match the query: the bigrams of each Chinese run, a
     * single character or a word as a prefix ({@code "x:*"}). Empty when the query has no letter,
     * digit or Chinese character.
     */
    public static List<String> query(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        if (text != null) {
            for (Run r : runs(text)) {
                int[] cps = r.text().codePoints().toArray();
                if (r.cjk() && cps.length > 1) {
                    for (int i = 0; i + 1 < cps.length; i++) {
                        tokens.add(new String(cps, i, 2));
                    }
                } else {
                    tokens.add(r.text() + PREFIX);
                }
            }
        }
        List<String> all = new ArrayList<>(tokens);
        return all.size() > MAX_QUERY_TOKENS ? List.copyOf(all.subList(0, MAX_QUERY_TOKENS)) : List.copyOf(all);
    }

    /**
     * The tokens every matter that holds the text must have: those of its Chinese runs only
     * ({@link #query} without the words of letters or digits, which are indexed whole and so
     * cannot find part of a longer word such as "abc" in "1000abc"). A search narrows the matters
     * by these through the index and then checks the text itself; empty when the text has no
     * Chinese character (then the search is by the text alone).
     */
    public static List<String> prefilter(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        if (text != null) {
            for (Run r : runs(text)) {
                if (!r.cjk()) {
                    continue;
                }
                int[] cps = r.text().codePoints().toArray();
                if (cps.length > 1) {
                    for (int i = 0; i + 1 < cps.length; i++) {
                        tokens.add(new String(cps, i, 2));
                    }
                } else {
                    tokens.add(r.text() + PREFIX);
                }
            }
        }
        List<String> all = new ArrayList<>(tokens);
        return all.size() > MAX_QUERY_TOKENS ? List.copyOf(all.subList(0, MAX_QUERY_TOKENS)) : List.copyOf(all);
    }

    /**
     * The query's words as they would be highlighted: its runs of Chinese characters and of
     * letters or digits, normalised like the index (longest first).
     */
    public static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text != null) {
            runs(text).forEach(r -> words.add(r.text()));
        }
        List<String> all = new ArrayList<>(words);
        all.sort((a, b) -> b.length() - a.length());
        return all;
    }

    /** Whether the code point is written without spaces between words (indexed as bigrams). */
    static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    private record Run(String text, boolean cjk) {
    }

    private static List<Run> runs(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int kind = 0; // 0 separator, 1 cjk, 2 word
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            int k = isCjk(cp) ? 1 : Character.isLetterOrDigit(cp) ? 2 : 0;
            if (k != kind && !current.isEmpty()) {
                runs.add(run(current, kind));
                current.setLength(0);
            }
            kind = k;
            if (k != 0) {
                current.appendCodePoint(cp);
            }
        }
        if (!current.isEmpty()) {
            runs.add(run(current, kind));
        }
        return runs;
    }

    private static Run run(StringBuilder text, int kind) {
        String s = text.toString();
        if (kind == 2 && s.codePointCount(0, s.length()) > MAX_WORD) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_WORD));
        }
        return new Run(s, kind == 1);
    }
}
