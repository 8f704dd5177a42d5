package ru.egais.exchange.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Documents: the search and its results, a document's page with its log and answers, what came in from the
 * UTM, the documents in doubt, the queue's states and the documents' statuses (also looked up by name).
 * <p>
 * Russian here (the default), English in {@code messages/doc_en.properties}; templates use {@code {doc:key}}, Java
 * {@link Words#documents}. The page's texts are split into bundles by what each part of the page is about (see {@link
 * PageMessages} for how they are checked and chosen).
 */
@MessageBundle(value = "doc", locale = "ru")
public interface DocumentMessages {

    @Message("Документы по статусам")
    String documentsByStatus();

    @Message("Поиск")
    String search();

    @Message("номер, externalId, replyId или WBRegId")
    String searchHint();

    @Message("Найти")
    String find();

    @Message("все статусы")
    String allStatuses();

    @Message("все организации")
    String allOrganizations();

    @Message("Исходящие документы")
    String documents();

    @Message("Найдено по запросу")
    String searchResults();

    @Message("Просроченные (ЕГАИС не ответил)")
    String overdue();

    @Message("Просроченных нет")
    String noneOverdue();

    @Message("Входящие документы")
    String incoming();

    @Message("Неизвестные, с ошибкой и в карантине")
    String incomingProblems();

    @Message("Внешний ИД")
    String externalId();

    @Message("replyId")
    String replyId();

    @Message("Создан")
    String created();

    @Message("Изменён")
    String updated();

    @Message("Получен")
    String received();

    @Message("Удалён из УТМ")
    String deletedFromUtm();

    @Message("Текст удалён")
    String bodyRemoved();

    @Message("Текст документа удалён по сроку хранения (сам документ и его действие сохранены):")
    String bodyRemovedText();

    @Message("Документ")
    String document();

    @Message("Протокол обмена")
    String exchangeLog();

    @Message("Шаг")
    String step();

    @Message("Событие")
    String event();

    @Message("Подробности")
    String detail();

    @Message("Когда")
    String at();

    @Message("Статус после")
    String statusAfter();

    @Message("Квитанции")
    String tickets();

    @Message("Ответы ЕГАИС")
    String answers();

    @Message("Отправленный XML")
    String xmlSent();

    @Message("Исходный XML")
    String rawXml();

    @Message("Отправить сейчас")
    String sendNow();

    @Message("Отменить передачу")
    String cancelTransmission();

    @Message("Отменить последнюю операцию")
    String cancelLastOperation();

    @Message("Отправить повторно")
    String resubmit();

    @Message("Восстановить статус по протоколу")
    String restoreStatus();

    @Message("Документ слишком большой для страницы")
    String tooLarge();

    @Message("весь XML")
    String fullXml();

    @Message("Для систем")
    String links();

    @Message("Очередь отправки")
    String queueState();

    @Message("попыток")
    String attempts();

    @Message("следующая")
    String nextAttempt();

    @Message("В очереди")
    String QUEUED();

    @Message("Отправлен")
    String SENT();

    @Message("Принят")
    String ACCEPTED();

    @Message("Отклонён")
    String REJECTED();

    @Message("Отменён")
    String CANCELLED();

    @Message("Запрошена отмена")
    String REPEAL_REQUESTED();

    @Message("Отменён (распроведён)")
    String REPEALED();

    @Message("Отказ в отмене")
    String REPEAL_REFUSED();

    @Message("Сохранён")
    String STORED();

    @Message("Обработан")
    String PROCESSED();

    @Message("Неизвестный тип")
    String UNKNOWN();

    @Message("Ошибка разбора")
    String FAILED();

    @Message("Карантин")
    String QUARANTINED();

    @Message("Под вопросом (УТМ мог их получить)")
    String inDoubt();

    @Message("Под вопросом ничего нет")
    String noneInDoubt();

    @Message("Документ мог дойти до УТМ без ответа. Запросы и документы, которых точно нет в УТМ, разрешит следующий обмен; юридически значимый документ, который нельзя отличить от такого же, отправленного другой программой, ждёт вас: откройте его и нажмите «Отправлен» с replyId из УТМ или «Отправить заново».")
    String inDoubtHint();

    @Message("Отправлен (есть в УТМ)")
    String settlePosted();

    @Message("Отправить заново")
    String settlePostAgain();

    @Message("replyId в УТМ")
    String settleReplyId();

    @Message("{count} {count.plural('документ','документа','документов')}")
    String documentsCount(long count);

    @Message("ждёт своей очереди")
    String qs_PENDING();

    @Message("отправляется")
    String qs_SENDING();

    @Message("передан в УТМ")
    String qs_DONE();

    @Message("снят с очереди")
    String qs_CANCELLED();

    @Message("под вопросом")
    String qs_IN_DOUBT();

    @Message("{count} {count.plural('попытка','попытки','попыток')}")
    String attemptsCount(long count);

    @Message("Адрес в УТМ")
    String utmAddress();
}
