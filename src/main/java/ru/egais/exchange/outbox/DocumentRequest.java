package ru.egais.exchange.outbox;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import ru.egais.exchange.common.RequestInvalid;

/**
 * A document as a shop's system sends it to {@code POST /api/v1/documents}: {@code type} picks the shape,
 * the rest are the document's fields, plus the caller's own {@code externalId} and {@code immediate}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
        visible = true)
@JsonSubTypes({
        @JsonSubTypes.Type(value = QueryRequest.class, names = {"QueryRests_v2", "QueryRestsShop_v2", "QueryAP",
                "QueryClients", "QueryRestBCode", "QueryResendDoc", "QueryNATTN", "QueryForm2History"}),
        @JsonSubTypes.Type(value = WayBillActRequest.class, name = "WayBillAct_v4"),
        @JsonSubTypes.Type(value = SpecDocumentRequest.class, names = {"QueryFormF1", "QueryFormF2", "WayBill_v4",
                "ActWriteOff_v3", "ActWriteOff_v4", "ActWriteOffShop_v2", "QueryBarcode", "ActChargeOn_v2", "ActChargeOnShop_v2", "TransferToShop",
                "TransferFromShop", "RequestRepealWB", "RequestRepealAWO", "RequestRepealACO", "ConfirmRepealWB", "WayBillTicket", "ActFixBarCode",
                "ActUnFixBarCode"})
})
public sealed interface DocumentRequest permits QueryRequest, WayBillActRequest, SpecDocumentRequest {

    String type();

    String fsrarId();

    String externalId();

    Boolean immediate();

    /** Checks every field and builds the EGAIS XML; a problem is a {@link RequestInvalid}. */
    PreparedXml toXml();

    default boolean sendImmediately() {
        return Boolean.TRUE.equals(immediate());
    }
}
