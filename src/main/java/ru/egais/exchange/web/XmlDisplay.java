package ru.egais.exchange.web;

/**
 * Indents XML for reading on the page, by its text alone (no parser: the page only shows it, and what UTM sent is
 * shown as it came when it is laid out on lines already).
 */
final class XmlDisplay {

    /**
     * Indentation stops deepening here: a document nested 20,000 deep would otherwise take space quadratic in its
     * depth (two spaces per level per line: gigabytes for 140 KB) and fail the page on every view.
     */
    static final int MAX_INDENT_DEPTH = 40;

    private XmlDisplay() {
    }

    static String indent(String xml) {
        if (xml == null || xml.chars().filter(c -> c == '\n').count() > 2) {
            return xml;
        }
        StringBuilder out = new StringBuilder(xml.length() + xml.length() / 4);
        int depth = 0;
        for (String line : xml.replace("><", ">\n<").split("\n")) {
            String l = line.strip();
            boolean closing = l.startsWith("</");
            if (closing) {
                depth = Math.max(0, depth - 1);
            }
            out.append("  ".repeat(Math.min(depth, MAX_INDENT_DEPTH))).append(l).append('\n');
            boolean opening = l.startsWith("<") && !closing && !l.startsWith("<?") && !l.startsWith("<!")
                    && !l.endsWith("/>") && !l.contains("</");
            if (opening) {
                depth++;
            }
        }
        return out.toString();
    }
}
