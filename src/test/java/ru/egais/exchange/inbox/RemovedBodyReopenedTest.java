package ru.egais.exchange.inbox;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.maintenance.DatabaseFile;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.incoming;

/**
 * A document whose body retention removed and that is put back to STORED (OrphanAnswers.reopenAnswersTo reopens
 * any unlinked answer under a replyId, whatever bodyRemovedAt says) is processed to an end, as at 35be563, where
 * the removed body read as empty text and the document became FAILED ("not a readable EGAIS document").
 */
@QuarkusTest
class RemovedBodyReopenedTest extends WithSimulatedUtm {

    @Inject
    DatabaseFile database;

    @Inject
    IncomingProcessor processor;

    @Test
    void aReopenedDocumentWhoseBodyWasRemovedEndsFailedInsteadOfThrowing() throws Exception {
        reopenRemoved(false);
    }

    /** The control: the same row stored before V21 (body_format NULL) reads as empty text and ends FAILED. */
    @Test
    void aReopenedTextBodyOfBeforeV21WhoseBodyWasRemovedEndsFailed() throws Exception {
        reopenRemoved(true);
    }

    private void reopenRemoved(boolean asBeforeV21) throws Exception {
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + IncomingBodyFormatTest.ENVELOPE.formatted("Водка");
        utm.deliverBytes("ReplyAP_v2", text.getBytes(StandardCharsets.UTF_8));
        exchange(fsrarId);
        String id = incoming(fsrarId).getString("[0].id");
        try (Connection c = database.open()) {
            // As BodyRemoval leaves it, then as reopenAnswersTo sets it.
            update(c, "DELETE FROM incoming_body_part WHERE incoming_id = ?", id);
            update(c, "DELETE FROM incoming_body_chunk WHERE incoming_id = ?", id);
            update(c, "UPDATE incoming_document SET body_removed_at = ?, status = 'STORED', version = version + 1"
                    + " WHERE id = ?", System.currentTimeMillis(), id);
            if (asBeforeV21) {
                update(c, "UPDATE incoming_document SET body_format = NULL WHERE id = ?", id);
            }
        }
        assertThat(processor.process(id)).isEqualTo(IncomingStatus.FAILED);
    }

    private static void update(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
