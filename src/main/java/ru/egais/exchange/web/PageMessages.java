package ru.egais.exchange.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the operator's page: Russian here (the default), English in {@code messages/msg_en.properties}.
 * Templates use them as {@code {msg:key}}; a type-safe bundle is checked when the application is built (a message
 * missing, a parameter misspelt, a template naming a key that does not exist fail the build), so it also holds in
 * the native image. Plurals in Russian take three forms ({@link RussianPlural}).
 */
@MessageBundle(value = "msg", locale = "ru")
public interface PageMessages {

    @Message("Обмен с ЕГАИС")
    String title();

    @Message("Что застряло, почему, и что с этим сделать")
    String subtitle();

    @Message("Организации")
    String organizations();

    @Message("ФСРАР ИД")
    String fsrarId();

    @Message("Название")
    String name();

    @Message("Режим")
    String mode();

    @Message("УТМ")
    String utm();

    @Message("доступен")
    String reachable();

    @Message("недоступен")
    String unreachable();

    @Message("версия")
    String version();

    @Message("Сертификат RSA")
    String rsa();

    @Message("Сертификат ГОСТ")
    String gost();

    @Message("дн. осталось")
    String daysLeft();

    @Message("истёк")
    String expired();

    @Message("неизвестно")
    String unknown();

    @Message("Очередь")
    String queue();

    @Message("Самый старый в очереди")
    String oldestQueued();

    @Message("Последний обмен")
    String lastExchange();

    @Message("Последняя ошибка")
    String lastError();

    @Message("Выполнить обмен")
    String runExchange();

    @Message("Выполнить обмен по всем")
    String runExchangeAll();

    @Message("Отправить очередь")
    String sendQueue();

    @Message("Длительные операции")
    String operations();

    @Message("Сейчас ничего не выполняется")
    String noOperations();

    @Message("выполняется")
    String running();

    @Message("завершено")
    String finished();

    @Message("ошибка")
    String failed();

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

    @Message("Пусто")
    String nothing();

    @Message("Тип")
    String type();

    @Message("Статус")
    String status();

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

    @Message("Ошибка")
    String error();

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

    @Message("Действия")
    String actions();

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

    @Message("На главную")
    String back();

    @Message("Выполнено")
    String done();

    @Message("Документ слишком большой для страницы")
    String tooLarge();

    @Message("весь XML")
    String fullXml();

    @Message("Для систем")
    String links();

    @Message("Внимание")
    String warning();

    @Message("Очередь отправки")
    String queueState();

    @Message("попыток")
    String attempts();

    @Message("следующая")
    String nextAttempt();

    @Message("English")
    String language();

    @Message("en")
    String languageParam();

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

    @Message("Вход")
    String login();

    @Message("Сервис доступен не только с этого компьютера: введите токен API (EGAIS_API_TOKEN).")
    String loginHint();

    @Message("Токен")
    String token();

    @Message("Войти")
    String logIn();

    @Message("Токен не подошёл")
    String wrongToken();

    @Message("Обмен")
    String op_exchange();

    @Message("Загрузка из УТМ")
    String op_load();

    @Message("Сертификат {type} истекает через {days} дн. ({date})")
    String certificateExpiresIn(String type, long days, String date);

    @Message("Сертификат {type} истёк или недействителен")
    String certificateExpired(String type);

    @Message("Ключ в токене принадлежит другой организации")
    String keyNotThisOrganization();

    @Message("Чеки на кассе")
    String cheques();

    @Message("Касса")
    String kassa();

    @Message("Смена")
    String shift();

    @Message("Показать")
    String show();

    @Message("подписано")
    String chequesSigned();

    @Message("не подписано")
    String chequesNotSigned();

    @Message("Тип")
    String chequeType();

    @Message("Дата")
    String date();

    @Message("QR-ссылка")
    String qrLink();

    @Message("Чеки смены и их состояние (подписан УТМ, отклонён, УТМ недоступен, под вопросом)")
    String chequesHint();

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

    @Message("Продукция")
    String product();

    @Message("Алкокод")
    String alcCode();

    @Message("Количество")
    String quantity();

    @Message("Цена")
    String price();

    @Message("Короба")
    String boxes();

    @Message("Марки")
    String marks();

    @Message("короб")
    String box();

    @Message("название неизвестно")
    String noName();

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

    @Message("Сегодня")
    String today();

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

    @Message("Накладная ещё не зарегистрирована в ЕГАИС (не пришла FORM2REGINFO): ответить пока нельзя")
    String err_notRegistered();

    @Message("На накладную уже отправлен ответ")
    String err_alreadyAnswered();

    @Message("Не найдено")
    String err_notFound();

    @Message("Действие сейчас невозможно: состояние уже изменилось")
    String err_conflict();

    @Message("Данные не приняты")
    String err_invalid();

    @Message("Форма пришла не со страницы этого сервиса")
    String err_forbidden();

    @Message("Не выполнено")
    String err_failed();

    @Message("подробности")
    String technical();

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

    @Message("отправляется")
    String cs_SENDING();

    @Message("подписан")
    String cs_SIGNED();

    @Message("отклонён УТМ")
    String cs_REFUSED();

    @Message("УТМ недоступен")
    String cs_UNREACHABLE();

    @Message("обмен ведёт сервис")
    String mode_SERVER();

    @Message("обмен через рабочее место")
    String mode_WORKSTATION();

    @Message("выключена")
    String off();

    @Message("Состояние")
    String linkHealth();

    @Message("Метрики")
    String linkMetrics();

    @Message("ИД")
    String id();

    @Message("осталось {days} {days.plural('день','дня','дней')} {hours} ч")
    String dueIn(long days, long hours);

    @Message("срок прошёл {days} {days.plural('день','дня','дней')} {hours} ч назад")
    String overdueBy(long days, long hours);

    @Message("{count} {count.plural('организация','организации','организаций')}")
    String op_subjectOrganizations(long count);

    @Message("Обмен выполнен: {count} {count.plural('организация','организации','организаций')}{#if failed > 0}, с ошибками — {failed}{/if}")
    String op_exchanged(long count, long failed);

    @Message("организации обмениваются")
    String op_stepOrganizations();

    @Message("{count} {count.plural('новый документ сохранён','новых документа сохранено','новых документов сохранено')}{#if seen > 0}, {seen} {seen.plural('получен','получено','получено')} ранее{/if}{#if skipped > 0}, {skipped} {skipped.plural('пропущен','пропущено','пропущено')}{/if}")
    String op_stored(long count, long seen, long skipped);

    @Message("документ {done} из {total}")
    String op_stepDocument(long done, long total);

    @Message("{count} {count.plural('документ','документа','документов')}")
    String documentsCount(long count);

    @Message("{count} {count.plural('позиция','позиции','позиций')}")
    String positionsTotal(long count);

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

    @Message("{read} МБ")
    String op_megabytes(String read);

    @Message("{read} МБ из {size} МБ")
    String op_megabytesOf(String read, String size);

    @Message("Справка 2")
    String f2();

    @Message("Время")
    String time();

    @Message("{count} {count.plural('попытка','попытки','попыток')}")
    String attemptsCount(long count);

    @Message("Адрес в УТМ")
    String utmAddress();
}
