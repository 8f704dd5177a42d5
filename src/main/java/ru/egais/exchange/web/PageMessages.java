package ru.egais.exchange.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The page's frame and its overview: the title, the language, the login, the organizations with their UTM and
 * certificates, the queue, the operations running, the common words and the failures any page can show.
 * <p>
 * The page's texts are four type-safe Qute bundles, one for each part of the page: this one ({@code msg}),
 * {@link DocumentMessages} ({@code doc}), {@link WaybillMessages} ({@code wb}) and {@link ShopMessages}
 * ({@code shop}). Russian is in the interfaces (the default), English in {@code messages/<name>_en.properties}.
 * Templates use them as {@code {msg:key}}, {@code {wb:key}}…; the bundles are checked when the application is built
 * (a message missing, a parameter misspelt, a template naming a key that does not exist fail the build), so they also
 * hold in the native image. A key is in one bundle only, so a word looked up by name at run time ({@link
 * Words#get}) is found in whichever holds it. Plurals in Russian take three forms ({@link RussianPlural}).
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

    @Message("Пусто")
    String nothing();

    @Message("Тип")
    String type();

    @Message("Статус")
    String status();

    @Message("Ошибка")
    String error();

    @Message("Действия")
    String actions();

    @Message("На главную")
    String back();

    @Message("Выполнено")
    String done();

    @Message("Внимание")
    String warning();

    @Message("English")
    String language();

    @Message("en")
    String languageParam();

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

    @Message("Показать")
    String show();

    @Message("Дата")
    String date();

    @Message("Сегодня")
    String today();

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

    @Message("{read} МБ")
    String op_megabytes(String read);

    @Message("{read} МБ из {size} МБ")
    String op_megabytesOf(String read, String size);

    @Message("Время")
    String time();
}
