package ru.egais.exchange.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's texts split into four bundles: every message has its English, no key is in two bundles (a word looked
 * up by name at run time must mean one thing), and a word chosen at run time is found in whichever bundle holds it,
 * in both languages, while a key no bundle has comes back as itself.
 */
@QuarkusTest
class PageMessagesTest {

    private static final Map<String, Class<?>> BUNDLES = Map.of("msg", PageMessages.class,
            "doc", DocumentMessages.class, "wb", WaybillMessages.class, "shop", ShopMessages.class);

    @Inject
    WebText text;

    @Test
    void everyMessageHasItsEnglishAndEachKeyIsInOneBundleOnly() throws IOException {
        Map<String, String> bundleOf = new HashMap<>();
        for (Map.Entry<String, Class<?>> bundle : BUNDLES.entrySet()) {
            Set<String> keys = Arrays.stream(bundle.getValue().getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(Message.class)).map(Method::getName).collect(Collectors.toSet());
            assertThat(keys).as(bundle.getKey()).isNotEmpty();
            assertThat(english(bundle.getKey()).stringPropertyNames()).as(bundle.getKey() + "_en.properties")
                    .isEqualTo(keys);
            for (String key : keys) {
                assertThat(bundleOf.put(key, bundle.getKey())).as("bundle already holding " + key).isNull();
            }
        }
        assertThat(bundleOf).hasSizeGreaterThan(200);
    }

    @Test
    void aWordChosenAtRunTimeIsFoundInWhicheverBundleHoldsIt() {
        Words ru = text.words(WebText.RU);
        assertThat(ru.get("QUEUED")).isEqualTo(ru.documents().QUEUED()).isEqualTo("В очереди");
        assertThat(ru.get("off")).isEqualTo(ru.m().off()).isEqualTo("выключена");
        assertThat(ru.get("ws_REGISTERED")).isEqualTo(ru.waybills().ws_REGISTERED()).isEqualTo("ждёт ответа");
        assertThat(ru.get("cs_SIGNED")).isEqualTo(ru.shop().cs_SIGNED()).isEqualTo("подписан");

        Words en = text.words(WebText.EN);
        assertThat(en.get("QUEUED")).isEqualTo(en.documents().QUEUED()).isEqualTo("Queued");
        assertThat(en.get("off")).isEqualTo(en.m().off()).isEqualTo("off");
        assertThat(en.get("ws_REGISTERED")).isEqualTo(en.waybills().ws_REGISTERED()).isEqualTo("waiting for an answer");
        assertThat(en.get("cs_SIGNED")).isEqualTo(en.shop().cs_SIGNED()).isEqualTo("signed");
    }

    @Test
    void aKeyNoBundleHasComesBackAsItself() {
        assertThat(text.words(WebText.RU).get("NO_SUCH_STATUS")).isEqualTo("NO_SUCH_STATUS");
        assertThat(text.words(WebText.EN).get("NO_SUCH_STATUS")).isEqualTo("NO_SUCH_STATUS");
    }

    private static Properties english(String bundle) throws IOException {
        Properties english = new Properties();
        try (InputStream in = PageMessagesTest.class.getResourceAsStream("/messages/" + bundle + "_en.properties")) {
            assertThat(in).as(bundle + "_en.properties").isNotNull();
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return english;
    }
}
