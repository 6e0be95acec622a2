package cn.xinfang.petition.web.shared;

import cn.xinfang.petition.shared.entity.SearchTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text search marked in a list row: the text is HTML-escaped first, then every
 * occurrence of one of the query's words (its runs of Chinese characters and of letters or
 * digits, {@link SearchTerms#words}; letters without regard to case) is wrapped in
 * {@code <mark>}. The result is safe to write unescaped ({@code escape="false"}): nothing of the
 * text reaches the page as markup.
 */
@Named
@ApplicationScoped
public class Highlight {

    public String html(String text, String query) {
        return mark(text, query);
    }

    public static String mark(String text, String query) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        List<String> words = SearchTerms.words(query);
        String lower = text.toLowerCase(Locale.ROOT);
        String haystack = lower.length() == text.length() ? lower : text; // offsets must stay those of the text
        boolean[] marked = new boolean[text.length()];
        for (String w : words) {
            for (int i = haystack.indexOf(w); i >= 0 && !w.isEmpty(); i = haystack.indexOf(w, i + 1)) {
                for (int k = i; k < i + w.length(); k++) {
                    marked[k] = true;
                }
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            if (marked[i] != open) {
                out.append(open ? "</mark>" : "<mark>");
                open = marked[i];
            }
            escape(text.charAt(i), out);
        }
        if (open) {
            out.append("</mark>");
        }
        return out.toString();
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
        }
    }

    /** The marked parts of a marked text, for tests and logs. */
    static List<String> marks(String html) {
        List<String> found = new ArrayList<>();
        for (int i = html.indexOf("<mark>"); i >= 0; i = html.indexOf("<mark>", i + 1)) {
            found.add(html.substring(i + 6, html.indexOf("</mark>", i)));
        }
        return found;
    }
}
