package ru.egais.exchange.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Waybills: the list waiting for an answer, a waybill's page, its accept/reject/differences forms and their
 * field errors, repeal requests and returns, and the waybill's states (looked up by name).
 * <p>
 * Russian here (the default), English in {@code messages/wb_en.properties}; templates use {@code {wb:key}}, Java
 * {@link Words#waybills}. The page's texts are split into bundles by what each part of the page is about (see {@link
 * PageMessages} for how they are checked and chosen).
 */
@MessageBundle(value = "wb", locale = "ru")
public interface WaybillMessages {

    @Message("Накладные, ждущие ответа")
    String waybillsWaiting();

    @Message("Примите накладную, откажитесь от неё или сообщите о расхождениях до истечения срока")
    String waybillsWaitingHint();

    @Message("Поставщик")
    String supplier();

    @Message("Номер")
    String number();

    @Message("Номер ТТН в ЕГАИС")
    String wbRegId();

    @Message("Позиций")
    String positionsCount();

    @Message("Срок ответа")
    String answerDue();

    @Message("Накладная")
    String waybill();

    @Message("Состояние")
    String waybillState();

    @Message("Цена")
    String price();

    @Message("Короба")
    String boxes();

    @Message("Марки")
    String marks();

    @Message("короб")
    String box();

    @Message("Принять полностью")
    String acceptAll();

    @Message("Всё пришло, как в накладной")
    String acceptAllHint();

    @Message("Отказаться от накладной")
    String reject();

    @Message("Причина отказа")
    String rejectNote();

    @Message("Принять с расхождениями")
    String differences();

    @Message("Укажите по каждой позиции с расхождением, сколько пришло на самом деле, и марки, которых нет (по одной в строке; отсканированные марки можно вставить списком). Остальные позиции принимаются как в накладной.")
    String differencesHint();

    @Message("Пришло фактически")
    String realQuantity();

    @Message("Марки, которых нет")
    String marksMissing();

    @Message("Отправить акт расхождений")
    String sendDifferences();

    @Message("Ответ подготовлен и поставлен в очередь на отправку в ЕГАИС")
    String actPrepared();

    @Message("Ответ")
    String answeredBy();

    @Message("На эту накладную сейчас ответить нельзя")
    String notAnswerable();

    @Message("Запросы поставщиков на отмену накладных")
    String repealRequests();

    @Message("Запросов на отмену нет")
    String repealRequestsNone();

    @Message("Номер запроса")
    String requestNumber();

    @Message("Согласиться на отмену")
    String agreeRepeal();

    @Message("Отказать в отмене")
    String refuseRepeal();

    @Message("Наши накладные с расхождениями у получателя, ждущие нашей квитанции")
    String returnsWaiting();

    @Message("Ничего не ждёт нашей квитанции")
    String returnsWaitingNone();

    @Message("Получатель")
    String consignee();

    @Message("Акт получателя")
    String actNumber();

    @Message("Согласиться с расхождениями")
    String acceptDifferences();

    @Message("Не согласиться")
    String refuseDifferences();

    @Message("Разобрать")
    String settleOpen();

    @Message("Такой позиции нет в накладной или она указана дважды")
    String err_identity();

    @Message("Укажите количество от 0 до отгруженного ({shipped})")
    String err_realQuantity(String shipped);

    @Message("Укажите, сколько пришло")
    String err_realQuantityRequired();

    @Message("Количество — это число, например 12 или 0,5")
    String err_realQuantityNumber();

    @Message("Эта марка не из этой позиции накладной или указана дважды:")
    String err_marks();

    @Message("Укажите хотя бы одну позицию с расхождением")
    String err_noDifferences();

    @Message("ждёт регистрации в ЕГАИС")
    String ws_WAITING_REGISTRATION();

    @Message("ждёт саму накладную")
    String ws_WAITING_WAYBILL();

    @Message("ждёт ответа")
    String ws_REGISTERED();

    @Message("ответ в очереди")
    String ws_ACT_QUEUED();

    @Message("ответ отправлен")
    String ws_ACT_SENT();

    @Message("ЕГАИС отклонил ответ")
    String ws_ACT_REJECTED();

    @Message("запрошена отмена ответа")
    String ws_REPEAL_REQUESTED();

    @Message("отменена")
    String ws_REPEALED();

    @Message("отказ принят ЕГАИС")
    String ws_REJECTED();

    @Message("расхождения приняты ЕГАИС, ждём поставщика")
    String ws_DIFFERENCES_SENT();

    @Message("поставщик согласился с расхождениями")
    String ws_DIFFERENCES_CONFIRMED();

    @Message("поставщик не согласился с расхождениями")
    String ws_DIFFERENCES_REFUSED();

    @Message("принята")
    String ws_ACCEPTED();

    @Message("поставщик просит отменить")
    String ws_REPEAL_ASKED();

    @Message("ответ на запрос отмены отправлен")
    String ws_REPEAL_ANSWER_SENT();

    @Message("осталось {days} {days.plural('день','дня','дней')} {hours} ч")
    String dueIn(long days, long hours);

    @Message("срок прошёл {days} {days.plural('день','дня','дней')} {hours} ч назад")
    String overdueBy(long days, long hours);
}
