package ru.egais.exchange.cheque;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Cheques as a till sends them, for tests: valid excise marks, a beer line with a full ProductInfo_v2. */
public final class Cheques {

    private Cheques() {
    }

    /** A new 68-character excise mark (the EGAIS 2016+ format of c:Barmix / c:PDF417String). */
    public static String newMark() {
        String a = UUID.randomUUID().toString().replace("-", "").toUpperCase();
        String b = UUID.randomUUID().toString().replace("-", "").toUpperCase();
        return "22" + a.substring(0, 21) + "1" + "12" + "1" + "2345678901" + (b + a).substring(0, 31);
    }

    public static Map<String, Object> sale(String fsrarId, String kassa, int shift, int number, String... marks) {
        Map<String, Object> cheque = new HashMap<>();
        cheque.put("fsrarId", fsrarId);
        cheque.put("kassa", kassa);
        cheque.put("shift", shift);
        cheque.put("number", number);
        cheque.put("date", "2026-12-01T10:15:00");
        cheque.put("type", "Продажа");
        List<Map<String, Object>> bottles = new ArrayList<>();
        for (String mark : marks) {
            bottles.add(Map.of("barcode", mark, "ean", "4600000000008", "price", 499.90));
        }
        cheque.put("bottles", bottles);
        return cheque;
    }

    public static Map<String, Object> beerProduct() {
        Map<String, Object> ul = new java.util.LinkedHashMap<>();
        ul.put("ClientRegId", "030000000001");
        ul.put("INN", "7701234567");
        ul.put("KPP", "770101001");
        ul.put("FullName", "ООО Пивовар");
        ul.put("ShortName", "Пивовар");
        Map<String, Object> address = new java.util.LinkedHashMap<>();
        address.put("Country", "643");
        address.put("RegionCode", "77");
        address.put("description", "Москва");
        ul.put("address", address);
        Map<String, Object> product = new java.util.LinkedHashMap<>();
        product.put("UnitType", "Packed");
        product.put("FullName", "Пиво светлое 0,5");
        product.put("AlcCode", "0000000000012345");
        product.put("Capacity", "0.5");
        product.put("AlcVolume", "4.5");
        product.put("Producer", Map.of("UL", ul));
        product.put("ProductVCode", "500");
        return product;
    }
}
