package ru.egais.exchange.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The shop's counter: cheques and their statuses, the stock registers, and the words for goods (product,
 * alcohol code, quantity) that the waybill page shares.
 * <p>
 * Russian here (the default), English in {@code messages/shop_en.properties}; templates use {@code {shop:key}}, Java
 * {@link Words#shop}. The page's texts are split into bundles by what each part of the page is about (see {@link
 * PageMessages} for how they are checked and chosen).
 */
@MessageBundle(value = "shop", locale = "ru")
public interface ShopMessages {

    @Message("Чеки на кассе")
    String cheques();

    @Message("Касса")
    String kassa();

    @Message("Смена")
    String shift();

    @Message("подписано")
    String chequesSigned();

    @Message("не подписано")
    String chequesNotSigned();

    @Message("Тип")
    String chequeType();

    @Message("QR-ссылка")
    String qrLink();

    @Message("Чеки смены и их состояние (подписан УТМ, отклонён, УТМ недоступен, под вопросом)")
    String chequesHint();

    @Message("Продукция")
    String product();

    @Message("Алкокод")
    String alcCode();

    @Message("Количество")
    String quantity();

    @Message("название неизвестно")
    String noName();

    @Message("Остатки")
    String stock();

    @Message("Регистр 1 (склад)")
    String register1();

    @Message("Регистр 2 (торговый зал)")
    String register2();

    @Message("Ответа с остатками ещё нет")
    String stockNone();

    @Message("по ответу ЕГАИС от")
    String stockAsOf();

    @Message("получен")
    String stockReceived();

    @Message("и ещё")
    String stockMore();

    @Message("Запросить свежие остатки")
    String askStock();

    @Message("Запрос остатков поставлен в очередь; ответ придёт со следующими обменами")
    String stockAsked();

    @Message("Объём, л")
    String volume();

    @Message("Время")
    String chequeTime();

    @Message("Сумма")
    String chequeSum();

    @Message("отправляется")
    String cs_SENDING();

    @Message("подписан")
    String cs_SIGNED();

    @Message("отклонён УТМ")
    String cs_REFUSED();

    @Message("УТМ недоступен")
    String cs_UNREACHABLE();

    @Message("{count} {count.plural('позиция','позиции','позиций')}")
    String positionsTotal(long count);

    @Message("Справка 2")
    String f2();
}
