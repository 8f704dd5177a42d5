package ru.egais.exchange.waybill;

import jakarta.enterprise.context.ApplicationScoped;
import ru.egais.exchange.classifier.ClassifierCatalogue;
import ru.egais.exchange.document.Document;
import ru.egais.exchange.document.DocumentRepository;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Builds the view of a supplier waybill: the state derived from its act and repeal documents, and the names of
 * products and the shipper from the classifier catalogue where the waybill itself gave none (a registration that
 * came before its waybill).
 */
@ApplicationScoped
class WaybillViews {

    private final SupplierWaybillRepository waybills;
    private final DocumentRepository documents;
    private final ClassifierCatalogue classifiers;

    WaybillViews(SupplierWaybillRepository waybills, DocumentRepository documents, ClassifierCatalogue classifiers) {
        this.waybills = waybills;
        this.documents = documents;
        this.classifiers = classifiers;
    }

    /** The waybill as the API and the page show it: its state, positions, boxes and marks, names where known. */
    WaybillView of(SupplierWaybill w) {
        String actStatus = w.actDocumentId == null ? null
                : documents.findByIdOptional(w.actDocumentId).map((Document d) -> d.status.name()).orElse(null);
        String answerStatus = w.repealAnswerDocumentId == null ? null
                : documents.findByIdOptional(w.repealAnswerDocumentId).map((Document d) -> d.status.name()).orElse(null);
        String state = WaybillStates.withRepeal(WaybillStates.derive(w.waybillType != null, w.wbRegId != null,
                        actStatus, w.actIsAccept, w.supplierConfirmation), w.repealRequestIncomingId != null,
                answerStatus, w.repealAnswerConfirm);
        WaybillView.Repeal repeal = w.repealRequestIncomingId == null ? null
                : new WaybillView.Repeal(w.repealRequestNumber, w.repealRequestDate, w.repealRequestIncomingId,
                w.repealAnswerDocumentId, answerStatus, w.repealAnswerConfirm);
        List<SupplierWaybillPosition> rows = waybills.positions(w.id);
        Map<String, String> catalogued = classifiers.productNames(rows.stream()
                .filter(p -> p.productName == null).map(p -> p.alcCode).toList());
        List<WaybillView.Position> positions = rows.stream()
                .map(p -> {
                    PositionBoxes boxes = PositionBoxes.read(p.boxes);
                    return new WaybillView.Position(p.identity, p.alcCode,
                            p.productName != null || p.alcCode == null ? p.productName : catalogued.get(p.alcCode),
                            p.quantity, p.price, p.shipperF2RegId, p.informF2RegId,
                            p.marks == null ? List.of() : Arrays.asList(p.marks.split("\n")), boxes.boxes(), boxes.tree());
                })
                .toList();
        String shipperName = w.shipperName != null ? w.shipperName
                : classifiers.partnerName(w.shipperFsrarId).orElse(null);
        return new WaybillView(w.id, w.fsrarId, w.identity, w.wbRegId, w.number, w.waybillDate, w.shipperFsrarId,
                shipperName, w.waybillType, state, w.actDocumentId, actStatus, w.waybillIncomingId,
                w.registrationIncomingId, positions, repeal);
    }
}
