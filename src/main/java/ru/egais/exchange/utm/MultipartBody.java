package ru.egais.exchange.utm;

import ru.egais.exchange.utm.xml.XmlEncoding;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The body UTM expects for {@code POST /opt/in/{type}}: multipart/form-data with one file part named
 * {@code xml_file} (PROTOCOL.md §2; OpenPapyrus, kirsa-plugin and the UTM stub all send exactly this).
 */
final class MultipartBody {

    private final String boundary = "egais-" + UUID.randomUUID();
    private final byte[] bytes;

    MultipartBody(String fileName, String xml) {
        // In the encoding the document declares: windows-1251 text sent as UTF-8 bytes is refused by the UTM.
        XmlEncoding.Encoded encoded = XmlEncoding.encodeDeclared(xml);
        ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.bytes().length + 256);
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"xml_file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/xml; charset=" + encoded.charset().name() + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(encoded.bytes());
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        this.bytes = out.toByteArray();
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    byte[] bytes() {
        return bytes;
    }
}
