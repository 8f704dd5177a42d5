package ru.egais.exchange.simulator;

/** A document the simulated UTM holds in /opt/out: listed from {@code visibleAtMillis} on, until deleted. */
record OutDocument(long number, String urlType, String replyId, Lazy xml, long visibleAtMillis, byte[] raw) {

    OutDocument(long number, String urlType, String replyId, Lazy xml, long visibleAtMillis) {
        this(number, urlType, replyId, xml, visibleAtMillis, null);
    }

    /** The document's text, rendered when first read: most answers are listed long before anyone fetches them. */
    static final class Lazy {
        private java.util.function.Supplier<String> render;
        private volatile String text;

        Lazy(java.util.function.Supplier<String> render) {
            this.render = render;
        }

        static Lazy of(String text) {
            Lazy lazy = new Lazy(null);
            lazy.text = text;
            return lazy;
        }

        String get() {
            String t = text;
            if (t == null) {
                synchronized (this) {
                    if (text == null) {
                        text = render.get();
                        render = null;
                    }
                    t = text;
                }
            }
            return t;
        }
    }
}
