package ru.egais.exchange.cheque;

import ru.egais.exchange.common.FieldError;
import ru.egais.exchange.common.RequestInvalid;
import ru.egais.exchange.egais.ChequeDocument;
import ru.egais.exchange.organization.FsrarIds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheque as a till sends it ({@code POST /api/v1/cheques}). A till's cheque has kassa, shift, number and a date
 * with time; a cashless sale has billNumber and ttnNumber and a plain date. Every field at fault is named at once.
 */
public record ChequeRequest(String fsrarId, String format, String identity, String kassa, Long shift, Long number,
                            String date, String type, String billNumber, String ttnNumber,
                            List<BottleLine> bottles, List<NomarkLine> nomarks, List<CateringLine> catering) {

    public static final Set<String> TYPES = Set.of("Продажа", "Возврат");
    private static final Pattern EAN = Pattern.compile("\\d{8}|\\d{12}|\\d{13}|\\d{14}");
    private static final Pattern XML_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,99}");
    private static final long COUNT_MAX = 9_999_999_999L;

    public record BottleLine(String barcode, String ean, BigDecimal price) {
    }

    public record NomarkLine(String posIdentity, Map<String, Object> product, BigDecimal quantity, String ean,
                             BigDecimal price) {
    }

    public record CateringLine(String barcode, String ean, BigDecimal price, Long volume) {
    }

    /** The cheque as EGAIS defines it, or a 422 naming every field at fault. */
    public ChequeDocument toDocument() {
        List<FieldError> errors = new ArrayList<>();
        if (!FsrarIds.isValid(fsrarId)) {
            errors.add(new FieldError("fsrarId", FsrarIds.RULE));
        }
        ChequeDocument.Format docFormat = ChequeDocument.Format.ChequeV3;
        if (format != null) {
            try {
                docFormat = ChequeDocument.Format.valueOf(format);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("format", "must be ChequeV3 or ChequeV4"));
            }
        }
        if (type == null || !TYPES.contains(type)) {
            errors.add(new FieldError("type", "must be Продажа or Возврат"));
        }
        if (identity != null && (identity.isBlank() || identity.length() > 50)) {
            errors.add(new FieldError("identity", "must be 1 to 50 characters when given"));
        }
        ChequeDocument.Header header = null;
        ChequeDocument.HeaderTtn headerTtn = null;
        if (billNumber != null || ttnNumber != null) {
            headerTtn = headerTtn(errors);
        } else {
            header = header(errors);
        }
        List<ChequeDocument.Bottle> b = bottles(errors);
        List<ChequeDocument.Nomark> n = nomarks(errors);
        List<ChequeDocument.Catering> k = catering(errors, docFormat);
        if (b.isEmpty() && n.isEmpty() && k.isEmpty()) {
            errors.add(new FieldError("bottles", "a cheque needs at least one bottle or nomark line"));
        }
        if (!errors.isEmpty()) {
            throw new RequestInvalid("the cheque is not valid", errors);
        }
        return new ChequeDocument(fsrarId, docFormat, identity, header, headerTtn, b, n, k);
    }

    private ChequeDocument.Header header(List<FieldError> errors) {
        if (kassa == null || kassa.isBlank() || kassa.length() > 50) {
            errors.add(new FieldError("kassa", "is required: the till's serial number, up to 50 characters"));
        }
        if (shift == null || shift < 1 || shift > COUNT_MAX) {
            errors.add(new FieldError("shift", "is required: a whole number from 1"));
        }
        if (number == null || number < 1 || number > COUNT_MAX) {
            errors.add(new FieldError("number", "is required: a whole number from 1"));
        }
        LocalDateTime at = null;
        try {
            at = date == null ? null : LocalDateTime.parse(date);
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (at == null || at.getYear() < 2000 || at.getYear() > 2100) {
            errors.add(new FieldError("date", "is required: the till's local date and time, e.g. 2026-12-01T10:15:00"));
        }
        return errors.isEmpty() ? new ChequeDocument.Header(at.withNano(0), kassa, shift, number, type) : null;
    }

    private ChequeDocument.HeaderTtn headerTtn(List<FieldError> errors) {
        if (billNumber == null || billNumber.isBlank() || billNumber.length() > 50) {
            errors.add(new FieldError("billNumber", "is required for a cashless sale, up to 50 characters"));
        }
        if (ttnNumber == null || ttnNumber.isBlank() || ttnNumber.length() > 50) {
            errors.add(new FieldError("ttnNumber", "is required for a cashless sale, up to 50 characters"));
        }
        if (kassa != null || shift != null || number != null) {
            errors.add(new FieldError("kassa", "a cashless sale (billNumber) has no kassa, shift or number"));
        }
        LocalDate on = null;
        try {
            on = date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (on == null) {
            errors.add(new FieldError("date", "is required: the sale's date, e.g. 2026-12-01"));
        }
        return errors.isEmpty() ? new ChequeDocument.HeaderTtn(on, billNumber, ttnNumber, type) : null;
    }

    private List<ChequeDocument.Bottle> bottles(List<FieldError> errors) {
        List<ChequeDocument.Bottle> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; bottles != null && i < bottles.size(); i++) {
            BottleLine line = bottles.get(i);
            String at = "bottles[" + i + "]";
            if (line == null) {
                errors.add(new FieldError(at, "is empty"));
                continue;
            }
            if (line.barcode() == null || line.barcode().isBlank() || line.barcode().length() > 200) {
                errors.add(new FieldError(at + ".barcode", "is required: the excise mark as scanned"));
            } else if (!seen.add(line.barcode())) {
                errors.add(new FieldError(at + ".barcode", "is the same mark as an earlier bottle"));
            }
            ean(errors, at, line.ean(), true);
            price(errors, at, line.price());
            out.add(new ChequeDocument.Bottle(line.barcode(), line.ean(), line.price()));
        }
        return out;
    }

    private List<ChequeDocument.Nomark> nomarks(List<FieldError> errors) {
        List<ChequeDocument.Nomark> out = new ArrayList<>();
        for (int i = 0; nomarks != null && i < nomarks.size(); i++) {
            NomarkLine line = nomarks.get(i);
            String at = "nomarks[" + i + "]";
            if (line == null) {
                errors.add(new FieldError(at, "is empty"));
                continue;
            }
            if (line.posIdentity() == null || line.posIdentity().isBlank()) {
                errors.add(new FieldError(at + ".posIdentity", "is required"));
            }
            if (line.product() == null || line.product().isEmpty()) {
                errors.add(new FieldError(at + ".product", "is required: ProductInfo_v2 (UnitType, FullName, AlcCode, Producer, ProductVCode…)"));
            } else {
                productNames(errors, at + ".product", line.product());
            }
            if (line.quantity() == null || line.quantity().signum() <= 0) {
                errors.add(new FieldError(at + ".quantity", "is required and must be above 0"));
            }
            ean(errors, at, line.ean(), true);
            price(errors, at, line.price());
            out.add(new ChequeDocument.Nomark(line.posIdentity(), line.product(), line.quantity(), line.ean(), line.price()));
        }
        return out;
    }

    private List<ChequeDocument.Catering> catering(List<FieldError> errors, ChequeDocument.Format f) {
        List<ChequeDocument.Catering> out = new ArrayList<>();
        if (catering != null && !catering.isEmpty() && f != ChequeDocument.Format.ChequeV4) {
            errors.add(new FieldError("catering", "exists only in ChequeV4 (\"format\":\"ChequeV4\")"));
            return out;
        }
        for (int i = 0; catering != null && i < catering.size(); i++) {
            CateringLine line = catering.get(i);
            String at = "catering[" + i + "]";
            if (line == null) {
                errors.add(new FieldError(at, "is empty"));
                continue;
            }
            if (line.barcode() == null || line.barcode().isBlank() || line.barcode().length() > 200) {
                errors.add(new FieldError(at + ".barcode", "is required: the keg's excise mark"));
            }
            ean(errors, at, line.ean(), false);
            price(errors, at, line.price());
            if (line.volume() == null || line.volume() < 1) {
                errors.add(new FieldError(at + ".volume", "is required and must be above 0"));
            }
            out.add(new ChequeDocument.Catering(line.barcode(), line.ean(), line.price(),
                    line.volume() == null ? 0 : line.volume()));
        }
        return out;
    }

    /** Element names become XML names: anything else could not be written (and is no element of EGAIS). */
    private static void productNames(List<FieldError> errors, String at, Map<String, Object> tree) {
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            if (!XML_NAME.matcher(e.getKey()).matches()) {
                errors.add(new FieldError(at + "." + e.getKey(), "is not an element name of ProductInfo_v2"));
            } else if (e.getValue() instanceof Map<?, ?> child) {
                @SuppressWarnings("unchecked")
                Map<String, Object> children = (Map<String, Object>) child;
                productNames(errors, at + "." + e.getKey(), children);
            } else if (e.getValue() instanceof List<?>) {
                errors.add(new FieldError(at + "." + e.getKey(), "must be a text or an object, not a list"));
            }
        }
    }

    private static void ean(List<FieldError> errors, String at, String ean, boolean required) {
        if (ean == null ? required : !EAN.matcher(ean).matches()) {
            errors.add(new FieldError(at + ".ean", "must be an EAN of 8, 12, 13 or 14 digits"));
        }
    }

    private static void price(List<FieldError> errors, String at, BigDecimal price) {
        if (price == null || price.signum() < 0) {
            errors.add(new FieldError(at + ".price", "is required and must not be negative"));
        }
    }
}
