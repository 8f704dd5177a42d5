package ru.egais.exchange.egais;

import java.math.BigDecimal;

/** One position of a stock reply (ReplyRests_v2 / ReplyRestsShop_v2) as the reply states it; missing fields are null. */
public record RestsPosition(String informF1RegId, String informF2RegId, String alcCode, String fullName,
                            BigDecimal capacity, BigDecimal quantity) {
}
