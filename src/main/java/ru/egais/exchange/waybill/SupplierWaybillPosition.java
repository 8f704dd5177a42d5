package ru.egais.exchange.waybill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One position of a supplier waybill: from the waybill (product, quantity, marks) and its registration (F2 id). */
@Entity
@Table(name = "supplier_waybill_position")
public class SupplierWaybillPosition {

    @Id
    public String id;

    @Column(name = "waybill_id", nullable = false)
    public String waybillId;

    @Column(nullable = false)
    public String identity;

    @Column(name = "alc_code")
    public String alcCode;

    @Column(name = "product_name")
    public String productName;

    /** Exactly as the supplier wrote it. */
    public String quantity;

    public String price;

    @Column(name = "shipper_f2_reg_id")
    public String shipperF2RegId;

    /** The consignee's F2 record from FORM2REGINFO: what an acceptance act quotes. */
    @Column(name = "inform_f2_reg_id")
    public String informF2RegId;

    /** Excise marks shipped, one per line. */
    public String marks;

    /** The boxes holding the marks and their packing, as JSON ({@link PositionBoxes}); null when none. */
    public String boxes;
}
