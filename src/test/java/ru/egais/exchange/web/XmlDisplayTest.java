package ru.egais.exchange.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XmlDisplayTest {

    @Test
    void oneLineXmlIsIndentedByItsTagsAndLaidOutXmlIsLeftAlone() {
        assertThat(XmlDisplay.indent("<?xml version=\"1.0\"?><a><b>1</b><c><d/></c></a>"))
                .isEqualTo("<?xml version=\"1.0\"?>\n<a>\n  <b>1</b>\n  <c>\n    <d/>\n  </c>\n</a>\n");
        String laidOut = "<a>\n  <b>1</b>\n  <c/>\n</a>\n";
        assertThat(XmlDisplay.indent(laidOut)).isSameAs(laidOut);
    }

    @Test
    void deepNestingIsIndentedInSpaceLinearInTheDocument() {
        String deep = "<a>".repeat(20_000) + "x" + "</a>".repeat(20_000);
        String shown = XmlDisplay.indent(deep);
        assertThat(shown.length()).isLessThan(deep.length() + 40_001 * (2 * XmlDisplay.MAX_INDENT_DEPTH + 1));
        assertThat(shown).startsWith("<a>\n  <a>\n    <a>");
    }
}
