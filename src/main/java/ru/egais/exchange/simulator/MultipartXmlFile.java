package ru.egais.exchange.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extracts the {@code xml_file} part of a multipart/form-data body, as UTM reads a POST to /opt/in. */
final class MultipartXmlFile {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");

    private MultipartXmlFile() {
    }

    static Optional<byte[]> extract(String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            return Optional.empty();
        }
        byte[] delimiter = ("--" + m.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, delimiter, 0);
        while (pos >= 0) {
            int headersStart = pos + delimiter.length + 2; // CRLF after the delimiter
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                return Optional.empty();
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.ISO_8859_1);
            int next = indexOf(body, delimiter, headersEnd + 4);
            if (next < 0) {
                return Optional.empty();
            }
            if (headers.matches("(?is).*content-disposition:[^\\r\\n]*name=\"?xml_file\"?.*")) {
                int end = next - 2; // the CRLF before the next delimiter belongs to the boundary
                byte[] part = new byte[Math.max(0, end - (headersEnd + 4))];
                System.arraycopy(body, headersEnd + 4, part, 0, part.length);
                return Optional.of(part);
            }
            pos = next;
        }
        return Optional.empty();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
