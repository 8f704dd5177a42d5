package ru.egais.exchange.utm;

/**
 * UTM's answer to a POST: {@code <A><url>GUID</url><sign>…</sign><ver>…</ver></A>}, or {@code <A><error>…</error></A>}
 * (which UTM sends under HTTP 200). {@code replyId} is the transport id that tickets and replies carry back.
 */
public record UtmAck(String replyId, String sign, String version, String error) {

    public boolean isError() {
        return error != null;
    }
}
