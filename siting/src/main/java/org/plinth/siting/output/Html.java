package org.plinth.siting.output;

/** Small HTML-building helpers for the report: escaping and table cells. */
public final class Html {
    private final StringBuilder sb = new StringBuilder(64 * 1024);

    /** {@code s} with the five HTML special characters escaped; null as empty. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    Html raw(String s) {
        sb.append(s);
        return this;
    }

    Html text(String s) {
        sb.append(esc(s));
        return this;
    }

    Html el(String tag, String text) {
        sb.append('<').append(tag).append('>').append(esc(text)).append("</").append(tag).append(">\n");
        return this;
    }

    Html row(String... cells) {
        sb.append("<tr>");
        for (String c : cells) {
            sb.append("<td>").append(esc(c)).append("</td>");
        }
        sb.append("</tr>\n");
        return this;
    }

    Html headerRow(String... cells) {
        sb.append("<tr>");
        for (String c : cells) {
            sb.append("<th>").append(esc(c)).append("</th>");
        }
        sb.append("</tr>\n");
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
