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
}
