package ru.egais.exchange.egais;

import java.util.Map;

/**
 * EGAIS's registration of a waybill (FORM2REGINFO / TTNInformF2Reg, or FORMBREGINFO / TTNInformBReg in v1):
 * its TTN id and, per position identity, the consignee's F2 registration id an acceptance act must quote.
 */
public record WaybillRegistration(String identity, String wbRegId, String number, String date, String shipperFsrarId,
                                  Map<String, String> f2ByPosition) {
}
